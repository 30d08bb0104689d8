using Lucene.Net.Index;
using Lucene.Net.Store;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>A large library is indexed in parts on all cores; the index must not depend on how many parts there were.</summary>
public sealed class ClauseIndexPartsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Indexing_in_parts_keeps_every_document_in_order_and_every_score(int parts)
    {
        var content = RepositoryContent.Content;
        using var whole = new RAMDirectory();
        using var split = new RAMDirectory();
        ClauseIndex.Build(content, whole, parts: 1);
        ClauseIndex.Build(content, split, parts: parts);

        Assert.Equal(Ids(whole), Ids(split));
        Assert.Equal(ClauseIndex.Clauses(content).Select(c => $"{c.Id}|{c.Language}"), Ids(split));

        using var a = new ClauseSearcher(whole, content.Site, content.Synonyms);
        using var b = new ClauseSearcher(split, content.Site, content.Synonyms);
        foreach (var (query, language) in new[] { ("免征增值税", "zh"), ("个体户贷款", "zh"), ("rent waiver", "en"), ("市税务局", "en") })
        {
            Assert.Equal(a.Search(query, language, 20), b.Search(query, language, 20));
        }
    }

    private static List<string> Ids(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        return Enumerable.Range(0, reader.MaxDoc).Select(i => reader.Document(i)).Select(d => $"{d.Get(ClauseFields.Id)}|{d.Get(ClauseFields.Language)}").ToList();
    }
}
