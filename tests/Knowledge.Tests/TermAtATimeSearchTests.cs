using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>
/// The search the generator and the bot run (<see cref="TermAtATimeSearch"/>) finds what Lucene's own search finds for
/// the same query, with the same scores: on the real policy, and on a synthetic library where every provision stands in
/// dozens of policies, so that the kept posting lists and the top-level pruning are exercised on many equal scores.
/// </summary>
public sealed class TermAtATimeSearchTests(TermAtATimeSearchTests.Library library) : IClassFixture<TermAtATimeSearchTests.Library>
{
    private const int Top = 60; // what the bot asks for

    /// <summary>A library of synthetic policies (scripts/make-corpus), indexed in memory once.</summary>
    public sealed class Library : IDisposable
    {
        public const int Policies = 40;

        private readonly string root = Path.Combine(Path.GetTempPath(), "policy-taat-" + Guid.NewGuid().ToString("N"));

        public Library()
        {
            var repository = Path.GetDirectoryName(ContentPaths.FindContentRoot(AppContext.BaseDirectory)!)!;
            Policy.Tests.SyntheticCorpus.Make(repository, root, Policies);
            var (content, diagnostics) = ContentLoader.Load(Path.Combine(root, "content"));
            Content = content ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
            Searcher = ClauseSearcher.InMemory(Content);
        }

        public ContentSet Content { get; }

        public ClauseSearcher Searcher { get; }

        public void Dispose()
        {
            Searcher.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Every query and question of tests/eval.</summary>
    public static TheoryData<string> EvalFiles => new(EvalFileNames);

    private static IEnumerable<string> EvalFileNames => Directory.GetFiles(EvalFolder, "*.jsonl").Select(Path.GetFileName).OfType<string>().Order();

    [Theory]
    [MemberData(nameof(EvalFiles))]
    public void On_the_real_policy_every_eval_query_finds_the_clauses_lucene_finds_with_the_same_scores(string file)
    {
        using var searcher = ClauseSearcher.InMemory(RepositoryContent.Content);
        var compared = Queries(file).Count(q => AgreesWithLucene(searcher, q, filter: null).Compared);

        Assert.True(compared > 0 || file.Contains("bad-input", StringComparison.Ordinal), "no query of the file was searchable");
    }

    [Theory]
    [MemberData(nameof(EvalFiles))]
    public void In_a_library_of_many_policies_every_eval_query_finds_the_clauses_lucene_finds_with_the_same_scores(string file)
    {
        var compared = Queries(file).Count(q => AgreesWithLucene(library.Searcher, q, filter: null).Compared);

        Assert.True(compared > 0 || file.Contains("bad-input", StringComparison.Ordinal), "no query of the file was searchable");
    }

    [Fact]
    public void Pruning_leaves_clauses_that_cannot_reach_the_top_unscored_yet_the_top_is_lucenes()
    {
        var outcomes = EvalFileNames.SelectMany(Queries).Select(q => AgreesWithLucene(library.Searcher, q, filter: null)).ToList();

        // Scored fewer clauses than match: the pruning was exercised, and the comparisons above covered it.
        Assert.Contains(outcomes, o => o.Compared && o.OursScored < o.LuceneMatched);
    }

    [Fact]
    public void Searching_one_policy_finds_what_lucene_finds_with_the_same_filter()
    {
        var policy = library.Content.Policies[Library.Policies / 2].Id;
        var filter = new QueryWrapperFilter(new TermQuery(new Term(ClauseFields.Document, policy)));
        var compared = Queries("search-dev.jsonl").Concat(Queries("bot-dev-2.jsonl")).Count(q => AgreesWithLucene(library.Searcher, q, filter).Compared);

        Assert.True(compared > 10);
        Assert.All(library.Searcher.Search("增值税", "zh", 20, documentId: policy), r => Assert.Equal(policy, r.DocumentId));
    }

    [Theory]
    [InlineData(0, TermAtATimeSearch.DefaultResultsBudget)]
    [InlineData(TermAtATimeSearch.DefaultPostingsBudget, 500)]
    public void With_nothing_or_little_kept_in_memory_a_search_finds_the_same(long postingsBudget, long resultsBudget)
    {
        // One searcher for all the questions, twice over: with a small budget the kept scores are let go again and again.
        var scoring = new Dictionary<IndexSearcher, TermAtATimeSearch>(); // one per language
        var compared = Queries("bot-dev-2.jsonl").Concat(Queries("search-extra.jsonl")).Concat(Queries("bot-dev-2.jsonl"))
            .Count(q => AgreesWithLucene(library.Searcher, q, filter: null, view =>
                scoring.TryGetValue(view.Searcher, out var s) ? s
                    : scoring[view.Searcher] = new TermAtATimeSearch(view.Searcher, view.Lookups, postingsBudget, resultsBudget)).Compared);

        Assert.True(compared > 10);
        Assert.True(library.Searcher.Prepare("个体工商户增值税", "zh") is var (zh, _, _) && zh.Scoring.CachedPostings > 0);
    }

    private static (bool Compared, int OursScored, int LuceneMatched) AgreesWithLucene(
        ClauseSearcher searcher, string text, Filter? filter, Func<ClauseSearcher.LanguageView, TermAtATimeSearch>? scoring = null)
    {
        if (searcher.Prepare(text, null) is not var (view, _, query))
        {
            return (false, 0, 0);
        }

        var ours = (scoring?.Invoke(view) ?? view.Scoring).Search(query, Top, filter);
        var all = new AllScores();
        view.Searcher.Search(query, filter, all);
        var lucene = all.Scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Top).ToList();

        Assert.True(lucene.Count == ours.ScoreDocs.Length, $"{text}: {ours.ScoreDocs.Length} hits, Lucene {lucene.Count}");
        for (var i = 0; i < lucene.Count; i++)
        {
            var hit = ours.ScoreDocs[i];
            // The same score at every rank, and each clause found scores so in Lucene (ties may fall in another order).
            Assert.True(Close(hit.Score, lucene[i].Value), $"{text}: rank {i} scores {hit.Score}, Lucene {lucene[i].Value}");
            Assert.True(all.Scores.TryGetValue(hit.Doc, out var luceneScore) && Close(hit.Score, luceneScore), $"{text}: clause {hit.Doc} scores {hit.Score}, Lucene {luceneScore}");
        }

        return (true, ours.TotalHits, all.Scores.Count);
    }

    private static bool Close(float a, float b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1f, Math.Abs(b));

    private static string EvalFolder => Path.Combine(Path.GetDirectoryName(ContentPaths.FindContentRoot(AppContext.BaseDirectory)!)!, "tests", "eval");

    private static IEnumerable<string> Queries(string file) =>
        File.ReadLines(Path.Combine(EvalFolder, file)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => e.TryGetProperty("question", out var q) ? q.GetString() : e.TryGetProperty("query", out var s) ? s.GetString() : null)
            .OfType<string>();

    /// <summary>Every matching document's score, as Lucene's scorers compute it.</summary>
    private sealed class AllScores : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Scores[docBase + doc] = scorer!.GetScore();
    }
}
