using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

/// <summary><c>generator units add</c> drafts a units.yml entry a new policy needs, its English name marked for review.</summary>
public sealed class UnitsCommandTests
{
    private const string Zh = "policies/demo-2024-1/zh.md";

    [Fact]
    public void Adding_a_unit_clears_the_unknown_unit_error_and_leaves_a_review_warning()
    {
        using var content = new TempContent();
        content.Replace(Zh, "（责任单位：市税务局）", "（责任单位：泽州县市场监督管理局）");

        var exit = UnitsCommand.Add("泽州县市场监督管理局", "zezhou-market-regulation", "Zezhou County Administration for Market Regulation, draft", content.Content, Languages.English);

        Assert.Equal(0, exit);
        var units = File.ReadAllText(content.PathOf("units.yml"));
        Assert.Contains("- id: zezhou-market-regulation\n  zh: 泽州县市场监督管理局\n  en: \"Zezhou County Administration for Market Regulation, draft\"\n  en_draft: true\n", units, StringComparison.Ordinal);
        var result = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        var warning = Assert.Single(result.Diagnostics.Items, d => d.Path == "content/units.yml");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("delete the line 'en_draft: true'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Zezhou County Administration for Market Regulation, draft", result.Output!.Text("en/policies/demo-2024-1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_needs_a_valid_new_id_and_never_duplicates_a_known_name()
    {
        using var content = new TempContent();
        var before = File.ReadAllText(content.PathOf("units.yml"));

        Assert.Equal(2, UnitsCommand.Add("泽州县市场监督管理局", null, null, content.Content, Languages.English));
        Assert.Equal(2, UnitsCommand.Add("泽州县市场监督管理局", "泽州", null, content.Content, Languages.English));
        Assert.Equal(1, UnitsCommand.Add("泽州县市场监督管理局", "tax", null, content.Content, Languages.English));
        Assert.Equal(0, UnitsCommand.Add("市税务局", "tax-again", null, content.Content, Languages.English));
        Assert.Equal(before, File.ReadAllText(content.PathOf("units.yml")));
    }
}
