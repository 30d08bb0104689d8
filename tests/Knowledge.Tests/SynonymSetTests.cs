using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>content/synonyms.yml: staff edit it, so every mistake is a <c>path:line</c> message; and how a query uses it.</summary>
public sealed class SynonymSetTests
{
    [Fact]
    public void The_repositorys_synonyms_load_without_a_message_in_both_languages()
    {
        var content = RepositoryContent.Content;

        Assert.True(content.Synonyms.In("zh").Count > 50);
        Assert.True(content.Synonyms.In("en").Count > 40);
        Assert.Contains(content.Synonyms.In("zh"), g => g.Words.Contains("刻章") && g.Words.Contains("印章刻制"));
    }

    [Theory]
    [InlineData("zh:\n  - 刻章, 印章刻制\n  - a: b: c\n", 3, "invalid YAML")]
    [InlineData("- 刻章, 印章刻制\n", 1, "two lists, 'zh:' and 'en:'")]
    [InlineData("zh:\n  - 刻章, 印章刻制\nfr:\n  - a, b\n", 3, "unknown language 'fr'")]
    [InlineData("zh: 刻章, 印章刻制\n", 1, "must be a list of synonym groups")]
    [InlineData("zh:\n  - 刻章, 印章刻制\n  - 贷款\n", 3, "at least two words")]
    [InlineData("zh:\n  - 刻章, 印章刻制\n  - 贷款, 刻章\n", 3, "'刻章' is already in the group on line 2")]
    [InlineData("en:\n  - fee, cost\n  - exempt, no fee\n", 3, "'no fee' is already in the group on line 2")]
    [InlineData("en:\n  - loan, credit\n  - loans, borrowing\n", 3, "'loans' is already in the group on line 2")]
    [InlineData("en:\n  - rent, lease\n  - the, of\n", 3, "no word a search can match")]
    [InlineData("zh:\n  - 刻章, 印章刻制\n  - {a: b}\n", 3, "words separated by commas")]
    public void A_mistake_in_the_file_is_reported_at_its_line(string yaml, int line, string message)
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, yaml);
        try
        {
            SynonymSet.Load(path, "content/synonyms.yml", diagnostics);
        }
        finally
        {
            File.Delete(path);
        }

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("content/synonyms.yml", line), (error.Path, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_may_be_written_with_Chinese_commas_or_as_lists_and_the_good_ones_survive_a_bad_one()
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, "zh:\n  - 刻章，印章刻制、刻公章\n  - [房租, 租金]\n  - 孤单\nen:\n  - rent; lease\n");
        try
        {
            var set = SynonymSet.Load(path, "content/synonyms.yml", diagnostics);

            Assert.Equal([["刻章", "印章刻制", "刻公章"], ["房租", "租金"]], set.In("zh").Select(g => g.Words));
            Assert.Equal(["rent", "lease"], set.In("en").Single().Words);
            Assert.Single(diagnostics.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_query_is_split_into_synonym_concepts_longest_first_and_the_readers_other_words()
    {
        var synonyms = SynonymSet.Create(new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>
        {
            ["zh"] = [["罚款", "处罚"], ["不罚款", "免罚"], ["刻章", "印章刻制"]],
            ["en"] = [["loan", "credit"], ["sole proprietorship", "individual business"]],
        });

        var zh = QueryPlan.Create(SearchText.Prepare("刻章会不罚款吗"), "zh", synonyms);
        var en = QueryPlan.Create(SearchText.Prepare("Loans for a Sole Proprietorship?"), "en", synonyms);

        Assert.Equal([("刻章", "刻章,印章刻制"), ("不罚款", "不罚款,免罚")], zh.Concepts.Select(c => (c.Matched, string.Join(",", c.Alternatives))));
        Assert.Equal(["会", "吗"], zh.Plain);
        Assert.Equal(["loans", "sole proprietorship"], en.Concepts.Select(c => c.Matched));
        Assert.Equal(["loans", "loan", "credit"], en.Concepts[0].Alternatives);
        Assert.Equal(["for a"], en.Plain);
    }
}
