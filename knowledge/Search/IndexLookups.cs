using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Policy.Knowledge.Search;

/// <summary>
/// What queries on one open index keep looking up, remembered. A question becomes a few hundred term queries (every
/// synonym of every concept, in three fields and two analyses); looking each term up in the term dictionary, matching
/// each synonym's phrase and analysing each synonym (SmartCn, then) were most of a search's time (docs/benchmarks.md, "Bot
/// speed"). None of it changes while the reader is open, so each is done once. Thread-safe. Every cache is bounded, so
/// hostile queries cannot grow it without end (past the bound, lookups are simply not remembered).
/// </summary>
internal sealed class IndexLookups(IndexReaderContext context, int capacity = IndexLookups.DefaultCapacity)
{
    public const int DefaultCapacity = 200_000;

    private readonly ConcurrentDictionary<Term, TermContext> terms = new();
    private readonly ConcurrentDictionary<string, Filter?> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Analyzer, string), IReadOnlyList<string>> analysed = new();

    /// <summary>A term query that carries the term's statistics, so searching skips the dictionary lookup.</summary>
    public TermQuery Term(Term term) => new(term, States(term));

    /// <summary>Where the term stands in each segment, and its statistics.</summary>
    public TermContext States(Term term) => Remember(terms, term, t => TermContext.Build(context, t));

    /// <summary>
    /// A query that matches, scoring nothing, the documents <paramref name="build"/> matches, found once for
    /// <paramref name="key"/>; null when it matches no document at all, so the caller can leave out what depends on it.
    /// </summary>
    public Query? Gate(string key, Func<Query> build) =>
        Remember(gates, key, _ => MatchedOnce(build())) is { } filter ? new ConstantScoreQuery(filter) { Boost = 0f } : null;

    private Filter? MatchedOnce(Query query)
    {
        var filter = new CachingWrapperFilter(new QueryWrapperFilter(query));
        var any = false;
        foreach (var leaf in context.Leaves)
        {
            var docs = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
            any |= docs is not null && docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS;
        }

        return any ? filter : null;
    }

    /// <summary>
    /// The terms of a fixed text (a synonym), analysed once. A reader's own words are analysed afresh every time
    /// (<see cref="SearchAnalyzers.Terms"/>): they are rarely the same twice, and they would only fill the cache.
    /// </summary>
    public IReadOnlyList<string> Analyse(Analyzer analyzer, string text) =>
        Remember(analysed, (analyzer, text), k => SearchAnalyzers.Terms(k.Item1, k.Item2));

    /// <summary>How many lookups are remembered, over all caches.</summary>
    public int Remembered => terms.Count + gates.Count + analysed.Count;

    private TValue Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> make)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }

        value = make(key);
        return cache.Count < capacity ? cache.GetOrAdd(key, value) : value;
    }
}
