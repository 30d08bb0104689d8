using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Policy.Knowledge.Search;

/// <summary>
/// Runs the queries <see cref="ClauseQuery"/> builds (optional and required clauses, best-of groups, term and
/// constant-score leaves) a leaf at a time into arrays over the segment's documents, and finds the same clauses with
/// the same scores as <see cref="IndexSearcher.Search(Query, int)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A question is a few hundred term queries in nested groups. Lucene scores them a document at a time, every posting
/// passing through a heap at each group level (DisjunctionScorer, ReqOptSumScorer): most of the bot's answer time at a
/// thousand policies (docs/benchmarks.md, "The bot's per-question time at N=1000, again"). Here each term's postings
/// are added straight into an array, and a group combines its children's arrays: the sum, or the best for
/// <see cref="DisjunctionMaxQuery"/>. Every term is still scored by Lucene's similarity, with its statistics
/// normalised by the boosts of the groups above it exactly as Lucene normalises them.
/// </para>
/// <para>
/// Three things make it fast, none of them changing what is found:
/// the long posting lists (the common words: 个, 体, tax) are kept in arrays once read;
/// terms whose best possible score cannot lift a clause into the top results (<see cref="TopLevel"/>) only add to the
/// clauses already found;
/// and a required phrase narrows the optional terms beside it to its own clauses.
/// </para>
/// <para>
/// Queries of another shape (prohibited clauses, a minimum of optional matches, a similarity with coordination or a
/// query norm) are left to Lucene. Thread-safe: the arrays are pooled and each search takes its own.
/// </para>
/// </remarks>
internal sealed class TermAtATimeSearch(
    IndexSearcher searcher,
    IndexLookups lookups,
    long postingsBudget = TermAtATimeSearch.DefaultPostingsBudget,
    long resultsBudget = TermAtATimeSearch.DefaultResultsBudget)
{
    /// <summary>Posting lists shorter than this are read from the index each time: a block or two, cheap to decode.</summary>
    public const int MinCachedPostings = 256;

    /// <summary>How many postings are kept in arrays at most (8 bytes each: 32 MB).</summary>
    public const long DefaultPostingsBudget = 4_000_000;

    /// <summary>How many scores of best-of groups are kept at most (8 bytes each: 16 MB).</summary>
    public const long DefaultResultsBudget = 2_000_000;

    /// <summary>
    /// A bound is raised by this much: the best posting of a term is found with one query's boost, and another boost's
    /// rounding may differ in the last bit.
    /// </summary>
    private const float BoundMargin = 1.0001f;

    private readonly bool plainSums = searcher.Similarity.Coord(1, 2) == 1f && searcher.Similarity.QueryNorm(2f) == 1f;
    private readonly ConcurrentBag<LeafScores> pool = [];
    private readonly ConcurrentDictionary<(int Leaf, Term Term), Postings> postings = new();
    private long cachedPostings;
    private readonly ConcurrentDictionary<(int Leaf, string Key), KeptScores> results = new();
    private long rememberedScores;

    /// <summary>How many postings are kept in arrays now.</summary>
    public long CachedPostings => Interlocked.Read(ref cachedPostings);

    /// <summary>The best <paramref name="top"/> documents, best first, ties in document order; as Lucene finds them.</summary>
    /// <param name="filter">Only documents it accepts; null for all.</param>
    /// <returns>The hits; their total is the number of documents scored, which can be fewer than Lucene counts.</returns>
    public TopDocs Search(Query query, int top, Filter? filter = null)
    {
        query = searcher.Rewrite(query);
        if (!plainSums || !Supported(query) || top <= 0)
        {
            return filter is null ? searcher.Search(query, Math.Max(1, top)) : searcher.Search(query, filter, Math.Max(1, top));
        }

        var root = Compile(query, 1f);
        var best = new PriorityQueue<ScoreDoc, (float Score, int NegatedDoc)>(top + 1);
        var total = 0;
        foreach (var context in searcher.TopReaderContext.Leaves)
        {
            FixedBitSet? filtered = null;
            if (filter is not null && (filtered = Accepted(context, filter)) is null)
            {
                continue;
            }

            var leaf = new Leaf(context, filtered);
            var found = root is Sum sum ? TopLevel(sum, leaf, top) : Evaluate(root, leaf);
            total += found.Docs.Count;
            foreach (var doc in found.Docs)
            {
                var key = (found.Score[doc], -(context.DocBase + doc));
                if (best.Count < top)
                {
                    best.Enqueue(new ScoreDoc(context.DocBase + doc, key.Item1), key);
                }
                else if (best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
                {
                    best.EnqueueDequeue(new ScoreDoc(context.DocBase + doc, key.Item1), key);
                }
            }

            Release(found);
        }

        var hits = new ScoreDoc[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            hits[i] = best.Dequeue();
        }

        return new TopDocs(total, hits, hits.Length == 0 ? float.NaN : hits[0].Score);
    }

    private static bool Supported(Query query) => query switch
    {
        BooleanQuery boolean => boolean.MinimumNumberShouldMatch == 0
            && boolean.Clauses.All(c => c.Occur != Occur.MUST_NOT && Supported(c.Query)),
        DisjunctionMaxQuery best => best.Disjuncts.All(Supported),
        _ => true,
    };

    /// <summary>The documents of the leaf the filter accepts (live ones only); null when none.</summary>
    private static FixedBitSet? Accepted(AtomicReaderContext leaf, Filter filter)
    {
        if (filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator() is not { } docs)
        {
            return null;
        }

        var accepted = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        accepted.Or(docs);
        return accepted;
    }

    /// <summary>A segment as one search reads it: the documents it may find, and enumerators it reuses.</summary>
    private sealed class Leaf(AtomicReaderContext context, FixedBitSet? filtered)
    {
        private readonly Dictionary<string, TermsEnum> terms = new(StringComparer.Ordinal);

        public AtomicReaderContext Context => context;

        /// <summary>The documents a filter accepts; null when there is no filter.</summary>
        public FixedBitSet? Filtered => filtered;

        /// <summary>The documents a search may find: the filter's, or else the live ones.</summary>
        public IBits? Accepted => (IBits?)filtered ?? context.AtomicReader.LiveDocs;

        /// <summary>The postings enumerator the last term used (Lucene reuses its buffers when it can).</summary>
        public DocsEnum? Reuse { get; set; }

        public TermsEnum Terms(string field) =>
            terms.TryGetValue(field, out var e) ? e : terms[field] = context.AtomicReader.GetTerms(field).GetEnumerator();
    }

    /// <summary>A query as it is scored: terms and other leaves, and the groups above them.</summary>
    private abstract record Node;

    /// <summary>A term in a field, scored as Lucene's TermScorer scores it.</summary>
    /// <param name="Boost">The term query's own boost.</param>
    /// <param name="TopBoost">The boosts of the groups above it, multiplied.</param>
    private sealed record TermLeaf(Term Term, TermContext States, Similarity.SimWeight Stats, float Boost, float TopBoost) : Node;

    /// <summary>Any other query, scored by Lucene itself (a constant-score gate); its score is known when it is constant.</summary>
    private sealed record Scored(Query Query, Weight Weight, float? Constant, float TopBoost) : Node;

    /// <summary>Optional clauses only: the sum of those that match. Nested sums are flattened into one.</summary>
    private sealed record Sum(List<Node> Clauses) : Node;

    /// <summary>Documents matching every required clause, scored by them and by the optional clauses they match.</summary>
    private sealed record Required(List<Node> Must, List<Node> Optional) : Node;

    /// <summary>The best disjunct's score plus the others' times the tie-breaker, as DisjunctionMaxScorer scores.</summary>
    private sealed record Best(List<Node> Disjuncts, float TieBreaker) : Node;

    /// <param name="boost">The product of the boosts of the groups above, Lucene's "top-level boost".</param>
    private Node Compile(Query query, float boost)
    {
        switch (query)
        {
            case BooleanQuery boolean when boolean.Clauses.All(c => c.Occur == Occur.SHOULD):
                var sum = new List<Node>();
                foreach (var clause in boolean.Clauses)
                {
                    var node = Compile(clause.Query, boost * boolean.Boost);
                    if (node is Sum inner)
                    {
                        sum.AddRange(inner.Clauses);
                    }
                    else
                    {
                        sum.Add(node);
                    }
                }

                return new Sum(sum);
            case BooleanQuery boolean:
                boost *= boolean.Boost;
                return new Required(
                    [.. boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Compile(c.Query, boost))],
                    [.. boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Compile(c.Query, boost))]);
            case DisjunctionMaxQuery best:
                return new Best([.. best.Disjuncts.Select(d => Compile(d, boost * best.Boost))], best.TieBreakerMultiplier);
            case TermQuery term:
                // As TermWeight computes its statistics and IndexSearcher normalises them (the query norm is 1: plainSums).
                var states = lookups.States(term.Term);
                var stats = searcher.Similarity.ComputeWeight(
                    term.Boost, searcher.CollectionStatistics(term.Term.Field), searcher.TermStatistics(term.Term, states));
                stats.GetValueForNormalization();
                stats.Normalize(1f, boost);
                return new TermLeaf(term.Term, states, stats, term.Boost, boost);
            default:
                var weight = query.CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(1f, boost);
                return new Scored(query, weight, query is ConstantScoreQuery ? query.Boost * boost : null, boost);
        }
    }

    /// <summary>
    /// The top-level sum, MaxScore-style: clauses in order of their best possible score, each added in full until the
    /// best possible scores of the clauses left add up to less than the <paramref name="top"/>-th score found so far.
    /// A clause not yet found can then never reach the top, nor can one whose score plus that sum stays below it: the
    /// clauses left only add to the clauses that still can.
    /// </summary>
    private LeafScores TopLevel(Sum sum, Leaf leaf, int top)
    {
        var scores = Rent(leaf.Context.AtomicReader.MaxDoc);
        var clauses = sum.Clauses.Select(c => (Node: c, Bound: Bound(c, leaf))).OrderByDescending(c => c.Bound).ToList();
        var left = new double[clauses.Count + 1]; // left[i]: the bounds of clauses i.. added up
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            left[i] = left[i + 1] + clauses[i].Bound;
        }

        var foundOnly = false;
        var kth = 0f;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!foundOnly && left[i] < scores.Highest && scores.Docs.Count >= top)
            {
                kth = Math.Max(kth, scores.Kth(top));
                foundOnly = left[i] < kth;
            }

            if (foundOnly)
            {
                if (scores.Docs.Count <= PruneBelow)
                {
                    kth = Math.Max(kth, scores.Kth(top));
                }

                scores.KeepReaching((float)(kth - left[i]));
            }

            AddInto(scores, clauses[i].Node, leaf, foundOnly);
        }

        return scores;
    }

    /// <summary>Below this many documents found, the top score is worked out again before every clause (cheap, and it only rises).</summary>
    private const int PruneBelow = 4096;

    /// <summary>The most the node can add to a document's score in the leaf; infinity when unknown.</summary>
    private float Bound(Node node, Leaf leaf) => node switch
    {
        TermLeaf term => term.States.Get(leaf.Context.Ord) is not { } state ? 0f
            : Cached(leaf, term, state) is { BestAt: >= 0 } cached
                ? searcher.Similarity.GetSimScorer(term.Stats, leaf.Context).Score(cached.Docs[cached.BestAt], cached.Freqs[cached.BestAt]) * BoundMargin
                : float.PositiveInfinity,
        Scored { Constant: { } constant } => constant * BoundMargin,
        Sum sum => sum.Clauses.Sum(c => Bound(c, leaf)),
        Required required => required.Must.Concat(required.Optional).Sum(c => Bound(c, leaf)),
        Best best => best.Disjuncts.Count == 0 ? 0f
            : best.Disjuncts.Max(d => Bound(d, leaf)) + (best.TieBreaker * best.Disjuncts.Sum(d => Bound(d, leaf))),
        _ => float.PositiveInfinity,
    };

    /// <summary>The documents the node matches in the leaf, with their scores, in a pooled array.</summary>
    private LeafScores Evaluate(Node node, Leaf leaf)
    {
        var scores = Rent(leaf.Context.AtomicReader.MaxDoc);
        switch (node)
        {
            case Required required:
                for (var i = 0; i < required.Must.Count; i++)
                {
                    var inner = Evaluate(required.Must[i], leaf);
                    foreach (var doc in inner.Docs)
                    {
                        scores.Require(doc, inner.Score[doc], i);
                    }

                    Release(inner);
                }

                scores.KeepOnly(required.Must.Count);
                foreach (var optional in required.Optional)
                {
                    AddInto(scores, optional, leaf, foundOnly: true);
                }

                break;
            case Best best:
                foreach (var disjunct in best.Disjuncts)
                {
                    var inner = Evaluate(disjunct, leaf);
                    foreach (var doc in inner.Docs)
                    {
                        scores.Max(doc, inner.Score[doc]);
                    }

                    Release(inner);
                }

                if (best.TieBreaker != 0f)
                {
                    foreach (var doc in scores.Docs)
                    {
                        scores.Score[doc] += (scores.Sum[doc] - scores.Score[doc]) * best.TieBreaker;
                    }
                }

                break;
            default:
                AddInto(scores, node, leaf, foundOnly: false);
                break;
        }

        return scores;
    }

    /// <summary>Adds the node's scores to <paramref name="target"/>; with <paramref name="foundOnly"/>, only to the documents already there.</summary>
    private void AddInto(LeafScores target, Node node, Leaf leaf, bool foundOnly)
    {
        switch (node)
        {
            case Sum sum:
                foreach (var clause in sum.Clauses)
                {
                    AddInto(target, clause, leaf, foundOnly);
                }

                return;
            case TermLeaf term:
                AddTerm(target, term, leaf, foundOnly);
                return;
            case Scored scored:
                if (scored.Weight.GetScorer(leaf.Context, leaf.Accepted) is not { } scorer)
                {
                    return;
                }

                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    target.Add(doc, scorer.GetScore(), foundOnly);
                }

                return;
            case Best best when leaf.Filtered is null: // kept scores are the whole language's
                var remembered = Kept(best, leaf);
                for (var i = 0; i < remembered.Docs.Length; i++)
                {
                    target.Add(remembered.Docs[i], remembered.Scores[i], foundOnly);
                }

                return;
            default:
                var inner = Evaluate(node, leaf);
                foreach (var doc in inner.Docs)
                {
                    target.Add(doc, inner.Score[doc], foundOnly);
                }

                Release(inner);
                return;
        }
    }

    private void AddTerm(LeafScores target, TermLeaf term, Leaf leaf, bool foundOnly)
    {
        if (term.States.Get(leaf.Context.Ord) is not { } state)
        {
            return;
        }

        var similarity = searcher.Similarity.GetSimScorer(term.Stats, leaf.Context);
        if (Cached(leaf, term, state) is not { } cached)
        {
            var terms = leaf.Terms(term.Term.Field);
            terms.SeekExact(term.Term.Bytes, state);
            var docs = leaf.Reuse = terms.Docs(leaf.Accepted, leaf.Reuse, DocsFlags.FREQS);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (!foundOnly || target.Has(doc))
                {
                    target.Add(doc, similarity.Score(doc, docs.Freq), foundOnly);
                }
            }

            return;
        }

        var filtered = leaf.Filtered;
        if (foundOnly && target.Sorted && target.Docs.Count * 16 < cached.Docs.Length)
        {
            // Few documents against a long list: look each up in it.
            var from = 0;
            foreach (var doc in target.Docs)
            {
                var at = Array.BinarySearch(cached.Docs, from, cached.Docs.Length - from, doc);
                if (at >= 0)
                {
                    target.Add(doc, similarity.Score(doc, cached.Freqs[at]), foundOnly: true);
                    from = at + 1;
                }
                else
                {
                    from = ~at;
                }

                if (from == cached.Docs.Length)
                {
                    break;
                }
            }

            return;
        }

        for (var i = 0; i < cached.Docs.Length; i++)
        {
            var doc = cached.Docs[i];
            if ((!foundOnly || target.Has(doc)) && (filtered is null || filtered.Get(doc)))
            {
                target.Add(doc, similarity.Score(doc, cached.Freqs[i]), foundOnly);
            }
        }
    }

    /// <summary>
    /// A long posting list read once into arrays (the live documents and their frequencies) and kept while the budget
    /// lasts: the common words are in most questions and most clauses, and decoding their postings for every question
    /// was most of a search. Short lists are read from the index each time.
    /// </summary>
    private Postings? Cached(Leaf leaf, TermLeaf term, TermState state)
    {
        var key = (leaf.Context.Ord, term.Term);
        if (postings.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (term.States.DocFreq < MinCachedPostings || CachedPostings + term.States.DocFreq > postingsBudget)
        {
            return null;
        }

        var terms = leaf.Context.AtomicReader.GetTerms(term.Term.Field).GetEnumerator();
        terms.SeekExact(term.Term.Bytes, state);
        var docsEnum = terms.Docs(leaf.Context.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
        var (docs, freqs) = (new List<int>(term.States.DocFreq), new List<int>(term.States.DocFreq));
        for (var doc = docsEnum.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docsEnum.NextDoc())
        {
            docs.Add(doc);
            freqs.Add(docsEnum.Freq);
        }

        cached = new Postings([.. docs], [.. freqs], BestAt(term, leaf, docs, freqs));
        if (postings.TryAdd(key, cached))
        {
            Interlocked.Add(ref cachedPostings, cached.Docs.Length);
        }

        return postings[key];
    }

    /// <summary>
    /// Where the term scores best. BM25 scores a posting by its frequency and the document's length alone, times the
    /// query's weight; so the best posting is the same for every query with a weight, and -1 when this one has none.
    /// </summary>
    private int BestAt(TermLeaf term, Leaf leaf, List<int> docs, List<int> freqs)
    {
        if (searcher.Similarity is not BM25Similarity)
        {
            return -1;
        }

        var similarity = searcher.Similarity.GetSimScorer(term.Stats, leaf.Context);
        var (bestAt, best) = (-1, 0f);
        for (var i = 0; i < docs.Count; i++)
        {
            var score = similarity.Score(docs[i], freqs[i]);
            if (score > best)
            {
                (bestAt, best) = (i, score);
            }
        }

        return bestAt;
    }

    /// <summary>
    /// A best-of group's scores, worked out once and kept: such a group is a synonym group the question mentions, and the
    /// same few (个体户, 增值税, 补贴) are in question after question. Its scores depend only on the index and the group's
    /// words and boosts, all in its key. Past the budget everything kept is let go and the keeping starts afresh.
    /// </summary>
    private KeptScores Kept(Best best, Leaf leaf)
    {
        var key = (leaf.Context.Ord, KeyOf(best));
        if (results.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        var scores = Evaluate(best, leaf);
        remembered = new KeptScores([.. scores.Docs], [.. scores.Docs.Select(d => scores.Score[d])]);
        Release(scores);
        if (Interlocked.Add(ref rememberedScores, remembered.Docs.Length) > resultsBudget)
        {
            results.Clear();
            Interlocked.Exchange(ref rememberedScores, remembered.Docs.Length);
        }

        results[key] = remembered;
        return remembered;
    }

    private sealed record KeptScores(int[] Docs, float[] Scores);

    /// <summary>Everything a node's scores depend on in one open index: its shape, terms, gates and exact boosts.</summary>
    private static string KeyOf(Node node)
    {
        var key = new System.Text.StringBuilder();
        Append(node);
        return key.ToString();

        void Append(Node n)
        {
            switch (n)
            {
                case TermLeaf term:
                    key.Append("T(").Append(term.Term.Field).Append(':').Append(term.Term.Text).Append('^')
                        .Append(BitConverter.SingleToInt32Bits(term.Boost)).Append('@').Append(BitConverter.SingleToInt32Bits(term.TopBoost)).Append(')');
                    break;
                case Scored scored:
                    key.Append("S(").Append(scored.Query).Append('^').Append(BitConverter.SingleToInt32Bits(scored.Query.Boost))
                        .Append('@').Append(BitConverter.SingleToInt32Bits(scored.TopBoost)).Append(')');
                    break;
                case Sum sum:
                    Group("Sum(", sum.Clauses);
                    break;
                case Required required:
                    Group("Must(", required.Must);
                    Group("Optional(", required.Optional);
                    break;
                case Best best:
                    key.Append(BitConverter.SingleToInt32Bits(best.TieBreaker));
                    Group("Best(", best.Disjuncts);
                    break;
            }
        }

        void Group(string name, List<Node> nodes)
        {
            key.Append(name);
            nodes.ForEach(Append);
            key.Append(')');
        }
    }

    /// <param name="BestAt">Where the term scores best; -1 when unknown.</param>
    private sealed record Postings(int[] Docs, int[] Freqs, int BestAt);

    private LeafScores Rent(int size)
    {
        while (pool.TryTake(out var scores))
        {
            if (scores.Capacity >= size)
            {
                scores.Reset();
                return scores;
            }
        }

        return new LeafScores(size);
    }

    private void Release(LeafScores scores) => pool.Add(scores);
}
