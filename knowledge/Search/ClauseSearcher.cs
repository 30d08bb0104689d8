using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Policy.Knowledge.Content;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Policy.Knowledge.Search;

/// <summary>A clause found by a search, best first.</summary>
/// <param name="Id">The clause id, e.g. <c>jincheng-2022-67#measure-5</c>.</param>
/// <param name="Snippet">HTML: the matched words in <c>&lt;mark&gt;</c>, everything else escaped.</param>
/// <param name="Url">The page path on the site, e.g. <c>/zh/policies/jincheng-2022-67/#measure-5</c>.</param>
/// <param name="AbsoluteUrl">The same with the site's public address, for citations outside the site.</param>
public sealed record ClauseSearchResult(
    string Id,
    string DocumentId,
    string Anchor,
    string Language,
    string Title,
    string Snippet,
    float Score,
    string Url,
    string AbsoluteUrl);

/// <summary>
/// Searches the clause index the same way for the generator and the bot. Never throws on any query text:
/// empty, punctuation, emoji, Lucene syntax or 10,000 characters all give a list, possibly empty. Thread-safe.
/// </summary>
public sealed class ClauseSearcher : IDisposable
{
    public const int MaxTop = 100;

    private readonly LuceneDirectory directory;
    private readonly bool ownsDirectory;
    private readonly DirectoryReader reader;
    private readonly SiteSettings site;
    private readonly SynonymSet synonyms;
    private readonly Dictionary<string, LanguageView> views = new(StringComparer.Ordinal);
    private readonly StoredClause?[] stored;

    /// <param name="directory">An index written by <see cref="ClauseIndex"/>.</param>
    /// <param name="site">For the result URLs.</param>
    /// <param name="synonyms">Applied to every query.</param>
    public ClauseSearcher(LuceneDirectory directory, SiteSettings site, SynonymSet synonyms)
        : this(directory, site, synonyms, ownsDirectory: false)
    {
    }

    private ClauseSearcher(LuceneDirectory directory, SiteSettings site, SynonymSet synonyms, bool ownsDirectory)
    {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.site = site;
        this.synonyms = synonyms;
        reader = DirectoryReader.Open(directory);
        stored = new StoredClause?[reader.MaxDoc];
        foreach (var language in Languages.All)
        {
            views[language] = LanguageView.Of(reader, language);
        }
    }

    /// <summary>Indexes <paramref name="content"/> in memory (well under a second for a few policies) and searches it.</summary>
    public static ClauseSearcher InMemory(ContentSet content) =>
        new(ClauseIndex.BuildInMemory(content), content.Site, content.Synonyms, ownsDirectory: true);

    /// <summary>Searches an index written to a folder by <see cref="ClauseIndex.Write"/>.</summary>
    /// <remarks>The index is small: it is read into memory (<see cref="FolderInMemory"/>), where searching is faster than reading the files.</remarks>
    public static ClauseSearcher Open(string folder, ContentSet content) => Open(FolderInMemory.Read(folder), content);

    internal static ClauseSearcher Open(FolderInMemory files, ContentSet content) => new(files, content.Site, content.Synonyms, ownsDirectory: true);

    /// <summary>The clauses that best match <paramref name="query"/>, best first.</summary>
    /// <param name="query">Whatever the reader typed.</param>
    /// <param name="language"><c>zh</c> or <c>en</c>; null to tell from the query (Chinese characters → zh).</param>
    /// <param name="top">At most this many results (capped at <see cref="MaxTop"/>).</param>
    /// <param name="documentId">Only clauses of this policy; null for all policies.</param>
    /// <param name="snippets">False to skip the highlighted snippets (the bot quotes whole sentences instead).</param>
    public IReadOnlyList<ClauseSearchResult> Search(string? query, string? language = null, int top = 10, string? documentId = null, bool snippets = true)
    {
        if (top <= 0 || Prepare(query, language) is not var (view, plan, luceneQuery))
        {
            return [];
        }

        var filter = documentId is null ? null : new QueryWrapperFilter(new TermQuery(new Term(ClauseFields.Document, documentId)));
        var hits = view.Scoring.Search(luceneQuery, Math.Min(top, MaxTop), filter).ScoreDocs;
        return hits.Select(hit => ToResult(hit.Doc, view.Searcher, hit.Score, snippets ? plan : null)).ToList();
    }

    /// <summary>The language's view of the index, the query's plan and its Lucene query; null when nothing is searchable.</summary>
    internal (LanguageView View, QueryPlan Plan, Query Query)? Prepare(string? query, string? language)
    {
        var text = SearchText.Prepare(query);
        if (text.Length == 0)
        {
            return null;
        }

        language = language is Languages.Chinese or Languages.English ? language : SearchText.DetectLanguage(text);
        var plan = QueryPlan.Create(text, language, synonyms);
        var view = views[language];
        return ClauseQuery.Build(plan, view.Lookups) is { } luceneQuery ? (view, plan, luceneQuery) : null;
    }

    /// <summary>
    /// The index as one language sees it: the other language's clauses count as deleted, so a search needs no filter and
    /// a posting list kept in memory (<see cref="TermAtATimeSearch"/>) holds only the language's clauses. Term statistics
    /// are the whole index's, as before, so scores are unchanged.
    /// </summary>
    internal sealed record LanguageView(IndexSearcher Searcher, IndexLookups Lookups, TermAtATimeSearch Scoring)
    {
        public static LanguageView Of(DirectoryReader reader, string language)
        {
            var leaves = reader.Leaves.Select(leaf => (IndexReader)new OneLanguageReader(leaf.AtomicReader, language)).ToArray();
            var searcher = new IndexSearcher(new MultiReader(leaves, closeSubReaders: false)) { Similarity = ClauseSimilarity.Instance };
            var lookups = new IndexLookups(searcher.TopReaderContext);
            return new LanguageView(searcher, lookups, new TermAtATimeSearch(searcher, lookups));
        }
    }

    /// <summary>A segment whose live clauses are only those of one language.</summary>
    private sealed class OneLanguageReader : FilterAtomicReader
    {
        private readonly Lucene.Net.Util.FixedBitSet live;
        private readonly int count;

        public OneLanguageReader(AtomicReader segment, string language)
            : base(segment)
        {
            live = new Lucene.Net.Util.FixedBitSet(segment.MaxDoc);
            // The language's clauses that are not deleted (the enumeration skips deleted ones).
            var docs = segment.GetTermDocsEnum(new Term(ClauseFields.Language, language));
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                live.Set(doc);
            }

            count = live.Cardinality;
        }

        public override Lucene.Net.Util.IBits LiveDocs => live;

        public override int NumDocs => count;

        public override bool HasDeletions => true;

        public override object CoreCacheKey => m_input.CoreCacheKey;

        public override object CombinedCoreAndDeletesKey => this;
    }

    private ClauseSearchResult ToResult(int doc, IndexSearcher searcher, float score, QueryPlan? plan)
    {
        if (plan is not null)
        {
            var document = searcher.Doc(doc);
            var shown = stored[doc] ??= StoredClause.Of(document, site);
            return shown.Result(score, ClauseSnippet.Build(plan, document.Get(ClauseFields.Text) ?? ""));
        }

        return (stored[doc] ??= StoredClause.Of(searcher.Doc(doc), site)).Result(score, "");
    }

    /// <summary>
    /// What a result shows of a clause besides its snippet, kept once read: a clause's stored fields are compressed
    /// in blocks with its neighbours', and decompressing a block for each of a search's results took a fifth of the
    /// bot's search time at a thousand policies.
    /// </summary>
    private sealed record StoredClause(string Id, string DocumentId, string Anchor, string Language, string Title, string Url, string AbsoluteUrl)
    {
        public static StoredClause Of(Lucene.Net.Documents.Document doc, SiteSettings site)
        {
            var path = doc.Get(ClauseFields.Url);
            return new StoredClause(
                doc.Get(ClauseFields.Id),
                doc.Get(ClauseFields.Document),
                doc.Get(ClauseFields.Anchor),
                doc.Get(ClauseFields.Language),
                doc.Get(ClauseFields.Title),
                site.BasePath + path,
                site.AbsoluteUrl(path));
        }

        public ClauseSearchResult Result(float score, string snippet) =>
            new(Id, DocumentId, Anchor, Language, Title, snippet, score, Url, AbsoluteUrl);
    }

    public void Dispose()
    {
        reader.Dispose();
        if (ownsDirectory)
        {
            directory.Dispose();
        }
    }
}
