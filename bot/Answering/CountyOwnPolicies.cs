using Policy.Bot.Understanding;

namespace Policy.Bot.Answering;

/// <summary>
/// A question about what a county gives of its own ("新开的个体户县里给不给奖励", "县里有没有自己扶持个体户的方案"): the city's
/// plan leaves that to each county (its clauses on the counties' incentives for new businesses and their own implementation
/// plans; "沁水县自己有没有出细则"), so it is answered from those clauses, not from a city benefit that only shares a word (the 个转企 reward's 奖励).
/// </summary>
internal static partial class CountyOwnPolicies
{
    /// <summary>What the search is given besides the question: the words of the clauses that leave it to the counties.</summary>
    public const string SearchWords = "县里的政策 激励政策 具体实施方案";

    /// <summary>Whether a Chinese message asks what the county itself gives or has decided.</summary>
    public static bool Asked(string normalized) => CountyGives().IsMatch(normalized);

    // The county as who gives (not where the shop is: 在县里开店; "高平那边有没有自己单独的扶持办法": a place, there, of its
    // own), then, within the same clause, what it would give or
    // have decided (not whether it carries out the city's: "县里不落实这些扶持政策" is for the city's oversight).
    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<![在到去回])(县里|县上|区里|县政府|区政府|县级|各县|本县|咱县|俺县|我县|我们县|我们区|俺们县|咱们县|县自己|区自己|县单独|区单独|县专门|区专门|县有没有自己|区有没有自己|县有没有单独|区有没有单独|县有没有专门|区有没有专门|(?:那边|那里|那儿|当地|本地)(?:有没有|有)?(?:自己|单独|专门))(?:(?!开了|开店|开个|租|落实|执行|不办|督|考核|通报)[^，。？！?,!；;\s]){0,16}?(奖励|激励|补贴|补助|奖补|政策|办法|细则|方案|扶持)(?![^，。？！?,!；;\s]{0,12}?(落实|执行|不办|督|考核|通报))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex CountyGives();
}
