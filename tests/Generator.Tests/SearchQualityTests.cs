namespace Policy.Generator.Tests;

/// <summary>
/// Search quality on the sample queries (tests/eval/search-*.jsonl), for Lucene and for the static site's script run
/// under node. The queries are a sample of what people type: a miss calls for better analysis or synonyms, never for a
/// special case. search-dev is the project's sample; search-extra holds everyday queries added by the team.
/// </summary>
public sealed class SearchQualityTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("search-dev.jsonl", 0.9)]
    [InlineData("search-extra.jsonl", 0.85)]
    public void Lucene_puts_an_expected_clause_in_the_top_3(string file, double required)
    {
        var cases = SearchCase.Load(file);
        var figures = SearchFigures.Of(cases, Lucene(cases));

        TestContext.Current.SendDiagnosticMessage(figures.Describe("lucene", file));
        Assert.True(figures.RecallAt3 >= required, figures.Describe("lucene", file));
    }

    [Theory]
    [InlineData("search-dev.jsonl", 0.9)]
    [InlineData("search-extra.jsonl", 0.85)]
    public void The_static_search_puts_an_expected_clause_in_the_top_3_under_node(string file, double required)
    {
        var cases = SearchCase.Load(file);
        var figures = SearchFigures.Of(cases, Static(cases));

        TestContext.Current.SendDiagnosticMessage(figures.Describe("static", file));
        Assert.True(figures.RecallAt3 >= required, figures.Describe("static", file));
    }

    [Theory]
    [InlineData("search-dev.jsonl")]
    [InlineData("search-extra.jsonl")]
    public void Lucene_and_the_static_search_agree_on_the_top_result(string file)
    {
        var cases = SearchCase.Load(file);
        var lucene = Lucene(cases);
        var browser = Static(cases);

        var disagreements = cases.Select((c, i) => (c.Query, Lucene: lucene[i].FirstOrDefault(), Static: browser[i].FirstOrDefault()))
            .Where(x => x.Lucene != x.Static)
            .ToList();
        var agreement = 1 - (disagreements.Count / (double)cases.Count);
        var report = $"search eval {file} top-1 agreement: {cases.Count - disagreements.Count}/{cases.Count} = {agreement:P1}"
            + string.Concat(disagreements.Select(d => $"; {d.Query}: lucene {d.Lucene?.Split('#')[^1]}, static {d.Static?.Split('#')[^1]}"));
        TestContext.Current.SendDiagnosticMessage(report);
        Assert.True(agreement >= 0.8, report);
    }

    private List<IReadOnlyList<string>> Lucene(IReadOnlyList<SearchCase> cases) =>
        cases.Select(c => (IReadOnlyList<string>)search.Lucene.Search(c.Query, c.Language, 10).Select(r => r.Id).ToList()).ToList();

    private IReadOnlyList<IReadOnlyList<string>> Static(IReadOnlyList<SearchCase> cases) =>
        StaticSearch.Ids(StaticSearch.Run(search.Site.Output, cases.Select(c => new StaticRequest(c.Language, c.Query, 10))));
}
