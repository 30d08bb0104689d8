using System.Text.RegularExpressions;
using Policy.Bot.Answering;
using Policy.Bot.Citations;

namespace Policy.Bot.Model;

/// <summary>
/// Reads a model's reply in the form the system prompt asks for: the answer with [n] markers, then one line per source,
/// <c>[1] document-id#measure-5 "an exact sentence of the clause"</c>. The reply is accepted only when every source is a
/// real clause, every quote occurs in it, and every [n] in the text has its source line.
/// </summary>
internal static partial class ModelReply
{
    [GeneratedRegex(@"^\s*\[(\d+)\]\s*([a-z0-9-]+#[a-z0-9-]+)\s*[:：\-–—]?\s*[""“「『](.+?)[""”」』]\s*$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[a-z0-9-]+#[a-z0-9-]+")]
    private static partial Regex ClauseIdPattern();

    [GeneratedRegex(@"^\s*(sources?|references?|citations?|出处|来源|引用)\s*[:：]?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SourcesHeading();

    public static (string Text, List<Citation> Citations)? Parse(string reply, string language, BotKnowledge knowledge, out string? problem)
    {
        var citations = new List<Citation>();
        var numbers = new List<int>();
        foreach (Match match in SourceLine().Matches(reply))
        {
            var citation = knowledge.Cite(match.Groups[2].Value, language, match.Groups[3].Value.Trim());
            if (citation is null)
            {
                problem = $"no clause '{match.Groups[2].Value}'";
                return null;
            }

            if (!knowledge.Verifier.Verify(citation, out problem))
            {
                return null;
            }

            numbers.Add(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            citations.Add(citation);
        }

        if (numbers.Distinct().Count() != numbers.Count)
        {
            problem = "two sources share a number";
            return null;
        }

        var body = SourcesHeading().Replace(SourceLine().Replace(reply, ""), "").Trim();
        if (citations.Count == 0 || body.Length == 0)
        {
            problem = "the reply cites no clause";
            return null;
        }

        foreach (Match id in ClauseIdPattern().Matches(body))
        {
            if (knowledge.Content.FindClause(id.Value) is null)
            {
                problem = $"the text names an unknown clause '{id.Value}'";
                return null;
            }
        }

        foreach (Match marker in Marker().Matches(body))
        {
            if (!numbers.Contains(int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                problem = $"marker {marker.Value} has no source line";
                return null;
            }
        }

        // Renumber to the order of the list so [n] always means citations[n-1].
        var ordered = numbers.Select((n, i) => (n, citation: citations[i])).OrderBy(p => p.n).ToList();
        var map = ordered.Select((p, i) => (p.n, i + 1)).ToDictionary(p => p.n, p => p.Item2);
        body = Marker().Replace(body, m => $"[{map[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]}]");
        problem = null;
        return (body, ordered.Select(p => p.citation).ToList());
    }
}
