using System.CommandLine;
using Policy.Knowledge.Content;

namespace Policy.Generator.Commands;

/// <summary>
/// The language of the messages staff read: Chinese unless <c>--lang en</c> is given or the
/// <c>GENERATOR_LANG</c> environment variable says <c>en</c> (a setting each person keeps in their own shell).
/// </summary>
internal static class StaffLanguage
{
    public const string EnvironmentVariable = "GENERATOR_LANG";

    public static Option<string?> Option()
    {
        var option = new Option<string?>("--lang") { Description = $"Language of the messages: zh (default) or en; or set {EnvironmentVariable}=en" };
        option.AcceptOnlyFromAmong(Languages.All.ToArray());
        return option;
    }

    public static string Resolve(string? given) =>
        given ?? (Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant() == Languages.English ? Languages.English : Languages.Chinese);

    /// <summary>Picks the sentence for the language; both are written side by side where the message is made.</summary>
    public static string Say(this string language, string zh, string en) => language == Languages.English ? en : zh;
}
