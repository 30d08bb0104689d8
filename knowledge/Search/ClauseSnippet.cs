using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Search;

/// <summary>
/// The snippet under a result: the best passages of the clause with the query's words in <c>&lt;mark&gt;</c>, the rest HTML-escaped.
/// Lucene's Highlighter picks and formats the passages; what counts as a match is decided on characters, the way
/// search.js does it: Chinese by the query's bigrams, English by stem.
/// </summary>
internal static partial class ClauseSnippet
{
    private const string Separator = " … ";

    public static string Build(QueryPlan plan, string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var chinese = plan.Language == Languages.Chinese;
        var scorer = new MarkedTextScorer(Marks(plan, text));
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleFragmenter(chinese ? 60 : 150),
        };
        using var stream = SearchAnalyzers.ForSnippets(plan.Language).GetTokenStream(ClauseFields.Text, text);
        var best = highlighter.GetBestFragments(stream, text, 2, Separator);
        // The highlighter marks word by word; one mark per run of matched words reads better.
        return string.IsNullOrWhiteSpace(best) ? Lead(text, chinese ? 80 : 200) : best.Trim().Replace("</mark><mark>", "", StringComparison.Ordinal);
    }

    /// <summary>Which characters of <paramref name="text"/> the query matched, with or without a synonym.</summary>
    internal static bool[] Marks(QueryPlan plan, string text)
    {
        var marked = new bool[text.Length];
        var normalized = SearchText.NormalizeInPlace(text);
        // The reader's own words match by bigram, as they were searched; a synonym only as a whole (not 体经营 for 个体经营户).
        var own = plan.Plain.Concat(plan.Concepts.Select(c => c.Matched)).SelectMany(HanNeedles);
        var synonyms = plan.Concepts.SelectMany(c => c.Alternatives.Where(a => a != c.Matched)).SelectMany(a => HanRuns().Matches(a).Select(m => m.Value));
        foreach (var needle in own.Concat(synonyms).Distinct(StringComparer.Ordinal))
        {
            for (var at = normalized.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, needle.Length);
            }
        }

        var words = SearchAnalyzers.TermsWithOffsets(SearchAnalyzers.English, text);
        var present = words.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);

        // As in ranking, a synonym's English words count only all together: "free of charge" does not light up "charges".
        var strict = plan.Concepts.SelectMany(c => c.Alternatives.Where(a => a != c.Matched));
        var stems = plan.Plain.Concat(plan.Concepts.Select(c => c.Matched)).Select(p => (Piece: p, Strict: false))
            .Concat(strict.Select(p => (Piece: p, Strict: true)))
            .Select(p => (Stems: SearchAnalyzers.Terms(SearchAnalyzers.English, p.Piece).Where(t => !t.Any(SearchText.IsHan)).ToList(), p.Strict))
            .Where(p => !p.Strict || p.Stems.All(present.Contains))
            .SelectMany(p => p.Stems)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (term, start, end) in words)
        {
            if (stems.Contains(term) && end <= text.Length)
            {
                Array.Fill(marked, true, start, end - start);
            }
        }

        return marked;
    }

    /// <summary>The bigrams of each run of Chinese characters; a run of one character is its own needle.</summary>
    private static IEnumerable<string> HanNeedles(string piece)
    {
        for (var i = 0; i < piece.Length; i++)
        {
            if (!SearchText.IsHan(piece[i]))
            {
                continue;
            }

            var end = i;
            while (end < piece.Length && SearchText.IsHan(piece[end]))
            {
                end++;
            }

            if (end - i == 1)
            {
                yield return piece[i..end];
            }

            for (var j = i; j + 1 < end; j++)
            {
                yield return piece.Substring(j, 2);
            }

            i = end;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial System.Text.RegularExpressions.Regex HanRuns();

    private static string Lead(string text, int length) =>
        MinimalHtmlEncoder.Instance.EncodeText(text.Length <= length ? text : text[..length] + "…");

    /// <summary>Scores a token by whether it covers a marked character; a passage by how many different words it matched.</summary>
    private sealed class MarkedTextScorer(bool[] marked) : IScorer
    {
        private readonly HashSet<string> found = new(StringComparer.Ordinal);
        private IOffsetAttribute? offset;
        private ICharTermAttribute? term;

        public float FragmentScore => found.Count;

        public TokenStream? Init(TokenStream tokenStream)
        {
            offset = tokenStream.AddAttribute<IOffsetAttribute>();
            term = tokenStream.AddAttribute<ICharTermAttribute>();
            return null;
        }

        public void StartFragment(TextFragment newFragment) => found.Clear();

        public float GetTokenScore()
        {
            for (var i = offset!.StartOffset; i < offset.EndOffset && i < marked.Length; i++)
            {
                if (marked[i])
                {
                    found.Add(term!.ToString());
                    return 1f;
                }
            }

            return 0f;
        }
    }

    /// <summary>Escapes only what HTML needs; Lucene's SimpleHTMLEncoder would also turn every Chinese character into &amp;#…;.</summary>
    private sealed class MinimalHtmlEncoder : IEncoder
    {
        public static MinimalHtmlEncoder Instance { get; } = new();

        public string EncodeText(string originalText) => originalText
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
