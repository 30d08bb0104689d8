using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// The few policies one reply speaks about. Once the library holds hundreds of policies, many carry the same provision
/// (免征增值税, 免费刻章…): a chat reply naming every one of them would run to hundreds of lines and help nobody. A reply
/// keeps the policies that answer best (their rules' match, or what the asker can get), then those the question's search
/// ranks highest, then those in force, then the newest; it says how many more there are and how to name one (by number,
/// title or region), which the next question can then do.
/// </summary>
internal static class PolicyShortlist
{
    /// <summary>The most policies one reply speaks about.</summary>
    public const int MaxPolicies = 3;

    /// <summary>
    /// <paramref name="policyIds"/> (repeats ignored) in the order a reply takes them, cut to <see cref="MaxPolicies"/>;
    /// <paramref name="clauseRanks"/> are the ranks of the clauses the question's search found; <paramref name="weight"/> (higher first,
    /// before the search's rank) is how well a policy answers: its rules' match, or what the asker can get from it.
    /// </summary>
    public static (IReadOnlyList<string> Kept, int Others) Choose(IEnumerable<string> policyIds, IReadOnlyDictionary<string, int> clauseRanks, ContentSet content, Func<string, double>? weight = null)
    {
        var ids = policyIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count <= MaxPolicies)
        {
            return (ids, 0);
        }

        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (clause, clauseRank) in clauseRanks)
        {
            var document = DocumentOf(clause);
            rank[document] = Math.Min(rank.GetValueOrDefault(document, int.MaxValue), clauseRank);
        }

        var kept = ids.Select(id => (Id: id, Policy: content.FindPolicy(id)))
            .OrderByDescending(p => weight?.Invoke(p.Id) ?? 0)
            .ThenBy(p => rank.GetValueOrDefault(p.Id, int.MaxValue))
            .ThenBy(p => p.Policy?.Status.Applies() ?? false ? 0 : 1)
            .ThenByDescending(p => p.Policy?.Meta.DateIssued ?? p.Policy?.Meta.DateWritten ?? DateOnly.MinValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(MaxPolicies).Select(p => p.Id).ToList();
        return (kept, ids.Count - kept.Count);
    }

    /// <summary>"另有N份政策…": the line a shortened reply ends with; null when nothing was left out.</summary>
    public static string? OthersLine(int others, string language) =>
        others <= 0 ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.MorePolicies.In(language), others);

    public static string DocumentOf(string clauseId)
    {
        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? clauseId : clauseId[..hash];
    }
}
