using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
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
/// The analyzers of the clause index, one set per language, shared by indexing and querying.
/// Chinese is analysed twice: SmartCn words (precise, but 小规模 becomes 小|规模 and 刻章 becomes 刻|章) and
/// character unigrams + bigrams (robust for queries typed without spaces in words the dictionary does not know).
/// The bigram field is also exactly how the static site's script splits Chinese, so the two sides rank alike.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer ChineseWords { get; } = new SmartChineseAnalyzer(Version);

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
        .. "i me my we our us you your he she his her its what where when how why which who whom do does did can could would should shall may might must have has had am been get got so than too very just about any some also please want need"
            .Split(' '),
    ];

    /// <summary>Standard tokenizer, possessives, lower case, the stop words above, Porter stemming.</summary>
    public static Analyzer English { get; } = new EnglishAnalyzer(Version, new CharArraySet(Version, EnglishStopWords.ToList(), ignoreCase: true));

    /// <summary>What each field of a document in <paramref name="language"/> is analysed with.</summary>
    public static Analyzer ForDocument(string language) => language == Languages.Chinese ? ChineseIndexing : English;

    private static readonly Analyzer ChineseIndexing = new PerFieldAnalyzerWrapper(ChineseWords, new Dictionary<string, Analyzer>
    {
        [ClauseFields.TitleGrams] = ChineseGrams,
        [ClauseFields.TextGrams] = ChineseGrams,
        [ClauseFields.UnitsGrams] = ChineseGrams,
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
