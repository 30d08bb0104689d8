using Lucene.Net.Index;
using Lucene.Net.Search;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>What searches remember about an open index must never change what they find.</summary>
public sealed class IndexLookupsTests : IDisposable
{
    private readonly ClauseSearcher searcher = ClauseSearcher.InMemory(RepositoryContent.Content);

    public void Dispose() => searcher.Dispose();

    [Theory]
    [InlineData("个体户刻章要钱吗", "zh")]
    [InlineData("个体经营户网店怎么登记", "zh")]
    [InlineData("房租减免还有吗", "zh")]
    [InlineData("can an online shop register", "en")]
    public void A_search_repeated_once_everything_is_remembered_finds_the_same_clauses_with_the_same_scores(string query, string language)
    {
        var first = searcher.Search(query, language, 10);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first, searcher.Search(query, language, 10));
        }

        Assert.NotEmpty(first);
    }

    [Fact]
    public void Past_its_bound_a_lookup_is_computed_and_not_remembered()
    {
        using var directory = ClauseIndex.BuildInMemory(RepositoryContent.Content);
        using var reader = DirectoryReader.Open(directory);
        var lookups = new IndexLookups(reader.Context, capacity: 2);
        var terms = new[] { "增值", "值税", "免征", "个体" }.Select(t => new Term(ClauseFields.TextGrams, t)).ToList();

        var queries = terms.Select(lookups.Term).ToList();

        Assert.Equal(2, lookups.Remembered);
        var searcher = new IndexSearcher(reader);
        foreach (var (term, query) in terms.Zip(queries))
        {
            Assert.Equal(searcher.Search(new TermQuery(term), 100).TotalHits, searcher.Search(query, 100).TotalHits);
        }
    }

    [Fact]
    public void A_phrase_that_stands_in_no_document_gives_no_gate_so_the_synonym_is_left_out()
    {
        using var directory = ClauseIndex.BuildInMemory(RepositoryContent.Content);
        using var reader = DirectoryReader.Open(directory);
        var lookups = new IndexLookups(reader.Context);

        Assert.NotNull(lookups.Gate("增值税", () => new TermQuery(new Term(ClauseFields.TextGrams, "增值"))));
        Assert.Null(lookups.Gate("鳄鱼", () => new TermQuery(new Term(ClauseFields.TextGrams, "鳄鱼"))));
    }
}
