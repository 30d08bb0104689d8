using System.Text.Json;
using Policy.Generator.Commands;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Tests;

/// <summary><c>generator search</c> for staff and scripts, and the index <c>generator build</c> writes beside the site.</summary>
public sealed class SearchCommandTests
{
    [Fact]
    public void The_index_the_build_wrote_is_searched_while_current_and_content_edited_since_is_indexed_afresh()
    {
        using var temp = TempContent.OfRepository();
        var zh = Path.Combine(temp.Content, "policies", "jincheng-2022-67", "zh.md");
        var original = File.ReadAllText(zh);
        // The index is built from a text with a word the content will not have; dated after the content, it is current.
        File.WriteAllText(zh, original.Replace("免征增值税", "免征增值税（甲乙丙丁测试词）", StringComparison.Ordinal));
        ClauseIndex.Write(ContentLoader.Load(temp.Content).Content!, Path.Combine(temp.Root, "_build", "index"));
        File.WriteAllText(zh, original);
        File.SetLastWriteTimeUtc(zh, DateTime.UtcNow.AddHours(-1));

        Assert.Contains("jincheng-2022-67#measure-5", Search(temp.Content, "甲乙丙丁测试词"), StringComparison.Ordinal);

        File.SetLastWriteTimeUtc(zh, DateTime.UtcNow.AddHours(1));
        Assert.DoesNotContain("jincheng-2022-67#measure-5", Search(temp.Content, "甲乙丙丁测试词"), StringComparison.Ordinal);
        Assert.Contains("jincheng-2022-67#measure-5", Search(temp.Content, "免征增值税"), StringComparison.Ordinal);
    }

    private static string Search(string content, string query)
    {
        using var output = new StringWriter();
        Assert.Equal(0, SearchCommand.Run(query, language: null, top: 3, json: true, documentId: null, content, output));
        return output.ToString();
    }

    [Fact]
    public void Json_output_is_an_array_of_results_with_id_title_snippet_url_and_score()
    {
        using var output = new StringWriter();

        Assert.Equal(0, SearchCommand.Run("免征增值税", language: null, top: 5, json: true, documentId: null, RepoPaths.Content, output));

        var results = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        Assert.InRange(results.GetArrayLength(), 1, 5);
        var first = results[0];
        Assert.Equal("jincheng-2022-67#measure-5", first.GetProperty("id").GetString());
        Assert.Equal("5. 加大税收优惠和扶持力度", first.GetProperty("title").GetString());
        Assert.Contains("<mark>免征增值税</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("/zh/policies/jincheng-2022-67/#measure-5", first.GetProperty("url").GetString());
        Assert.EndsWith("/zh/policies/jincheng-2022-67/#measure-5", first.GetProperty("absoluteUrl").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > results[results.GetArrayLength() - 1].GetProperty("score").GetDouble());
        Assert.Equal("zh", first.GetProperty("language").GetString());
    }

    [Fact]
    public void Text_output_ranks_the_clauses_with_their_address_and_the_matches_in_brackets()
    {
        using var output = new StringWriter();

        Assert.Equal(0, SearchCommand.Run("rent waiver", language: null, top: 3, json: false, documentId: null, RepoPaths.Content, output));

        var text = output.ToString();
        Assert.StartsWith("1. jincheng-2022-67#measure-8", text, StringComparison.Ordinal);
        Assert.Contains("[waive]", text, StringComparison.Ordinal);
        Assert.Contains("/en/policies/jincheng-2022-67/#measure-8", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Searching_one_policy_keeps_to_it_and_an_unknown_policy_is_an_error()
    {
        using var output = new StringWriter();

        Assert.Equal(0, SearchCommand.Run("贷款", "zh", 10, json: true, "jincheng-2022-67", RepoPaths.Content, output));
        Assert.All(JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray(), r => Assert.Equal("jincheng-2022-67", r.GetProperty("documentId").GetString()));
        Assert.Equal(2, SearchCommand.Run("贷款", "zh", 10, json: true, "no-such-policy", RepoPaths.Content, new StringWriter()));
    }

    [Fact]
    public void A_query_that_finds_nothing_prints_an_empty_array()
    {
        using var output = new StringWriter();

        Assert.Equal(0, SearchCommand.Run("😀 !!!", null, 10, json: true, null, RepoPaths.Content, output));

        Assert.Equal(0, JsonDocument.Parse(output.ToString()).RootElement.GetArrayLength());
    }

    [Fact]
    public void Build_writes_the_Lucene_index_outside_the_site_and_the_index_answers_like_the_one_in_memory()
    {
        using var temp = new TempDirectory();
        var site = Path.Combine(temp.Path, "_site");
        var index = Path.Combine(temp.Path, "_build", "index");

        Assert.Equal(0, BuildCommand.Run(RepoPaths.Content, RepoPaths.Templates, null, site, index));

        Assert.True(File.Exists(Path.Combine(index, "segments.gen")) || Directory.GetFiles(index, "segments_*").Length > 0);
        Assert.Empty(Directory.GetFiles(site, "*.cfs", SearchOption.AllDirectories));
        var (content, _) = ContentLoader.Load(RepoPaths.Content);
        using var fromDisk = ClauseSearcher.Open(index, content!);
        using var inMemory = ClauseSearcher.InMemory(content!);
        foreach (var query in new[] { "个体户怎么贷款", "free seal", "网上开店" })
        {
            Assert.Equal(inMemory.Search(query).Select(r => (r.Id, r.Score)), fromDisk.Search(query).Select(r => (r.Id, r.Score)));
        }
    }
}
