using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Search;

/// <summary>
/// The analyzers of the clause index, one per language, shared by indexing and querying.
/// Chinese is read as character unigrams + bigrams: robust for questions typed without spaces in words no dictionary
/// knows (小规模, 刻章), and exactly how the static site's script splits Chinese, so the two sides rank alike.
/// SmartCn word segmentation was measured as well and left out: it found nothing the bigrams miss (recall and MRR
/// identical on every eval file) while costing most of the indexing time and a third of each query's
/// (docs/benchmarks.md, "Search: the analysis that earns its cost").
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer ChineseGrams { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN, outputUnigrams: true);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>
    /// Lucene's English stop words plus the words of a question ("where do I…", "how can we…"): in a query they only
    /// add noise, and in the clauses they carry no subject. The static site gets this list in its index file.
    /// </summary>
    public static IReadOnlyList<string> EnglishStopWords { get; } =
    [
        .. "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with"
            .Split(' '),
        .. "i me my we our us you your he she his her its what where when how why which who whom do does did can could would should shall may might must have has had am been get got so than too very just about any some also please want need other else still keep"
            .Split(' '),
    ];

    /// <summary>
    /// Standard tokenizer, possessives, lower case, the stop words above, Porter stemming (Lucene's English analyzer),
    /// and Chinese characters as unigrams + bigrams, as in <see cref="ChineseGrams"/>: English pages carry the units'
    /// Chinese names, and a Chinese name (市税务局) must match as a name, not as any 市 and 局.
    /// </summary>
    public static Analyzer English { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishStopSet);
        stream = new PorterStemFilter(stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN, outputUnigrams: true);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static readonly CharArraySet EnglishStopSet = new(Version, EnglishStopWords.ToList(), ignoreCase: true);

    /// <summary>What each field of a document in <paramref name="language"/> is analysed with.</summary>
    public static Analyzer For(string language) => language == Languages.Chinese ? ChineseGrams : English;

    /// <summary>
    /// Chinese as single characters (the standard tokenizer's reading), English as <see cref="English"/>: what the
    /// snippet highlighter walks through, one token per character so that a mark never overlaps another.
    /// </summary>
    public static Analyzer ForSnippets(string language) => language == Languages.Chinese ? ChineseCharacters : English;

    private static readonly Analyzer ChineseCharacters = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, new CJKWidthFilter(tokenizer)));
    });

    /// <summary>The terms of <paramref name="text"/>, in order, duplicates included.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(ClauseFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>Terms with their character offsets, for matching synonyms against the query's own words.</summary>
    public static List<(string Term, int Start, int End)> TermsWithOffsets(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(ClauseFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return terms;
    }
}
