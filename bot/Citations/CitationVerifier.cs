using System.Text;
using Policy.Knowledge.Content;

namespace Policy.Bot.Citations;

/// <summary>
/// The last check before an answer leaves the bot: each cited id is a real clause and each quote really occurs in that
/// clause's text (Chinese or English). An answer that fails is not sent.
/// </summary>
public sealed class CitationVerifier(ContentSet content)
{
    public bool Verify(Citation citation, out string? problem)
    {
        var zh = content.FindClause(citation.Id, Languages.Chinese);
        if (zh is null)
        {
            problem = $"no clause '{citation.Id}'";
            return false;
        }

        // "A……B": two sentences of the clause quoted together, each checked, in the clause's order.
        var parts = citation.Quote.Split(Citation.Gap).Select(Compact).ToList();
        if (parts.Any(p => p.Length < 4))
        {
            problem = $"the quote for '{citation.Id}' is empty or too short to check";
            return false;
        }

        var en = content.FindClause(citation.Id, Languages.English);
        var found = InOrder(Compact(zh.Text), parts) || (en is not null && InOrder(Compact(en.Text), parts));
        problem = found ? null : $"the quote does not occur in '{citation.Id}'";
        return found;
    }

    private static bool InOrder(string text, IEnumerable<string> parts)
    {
        var from = 0;
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            from = at + part.Length;
        }

        return true;
    }

    public bool VerifyAll(IEnumerable<Citation> citations, out string? problem)
    {
        foreach (var citation in citations)
        {
            if (!Verify(citation, out problem))
            {
                return false;
            }
        }

        problem = null;
        return true;
    }

    /// <summary>Spacing and quote-mark styles differ between a model's copy and the text; the words may not.</summary>
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c switch { '“' or '”' or '「' or '」' => '"', '‘' or '’' => '\'', _ => c });
            }
        }

        return builder.ToString();
    }
}
