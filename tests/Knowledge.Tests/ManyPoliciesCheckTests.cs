using Policy.Knowledge.Content;
using Loaded = Policy.Knowledge.Tests.Rules.RepositoryContent;

namespace Policy.Knowledge.Tests;

/// <summary>What <c>generator check</c> says about kinds, regions, status and relations, on a copy of the many-policies fixture with one slip.</summary>
public sealed class ManyPoliciesCheckTests
{
    private const string County = "policies/demo-zezhou-2024-5/zh.md";
    private const string Old = "policies/demo-city-2021-9/zh.md";
    private const string New = "policies/demo-city-2024-3/zh.md";

    [Fact]
    public void The_fixture_passes_check_with_nothing_to_report()
    {
        var (_, diagnostics) = ContentLoader.Load(Loaded.ManyPoliciesRoot);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Items_that_name_responsible_units_but_are_not_measures_are_reported()
    {
        var messages = CheckWith(County, "{#item-2 .measure}", "{#item-2 .part}");

        Assert.Contains(messages, m => m.Contains("demo-zezhou-2024-5/zh.md:", StringComparison.Ordinal) && m.Contains("'#item-2' names responsible units but is declared .part, not .measure", StringComparison.Ordinal) && m.Contains("{#item-2 .measure}", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_kind_and_a_kind_that_differs_between_languages_are_errors()
    {
        Assert.Contains(CheckWith(County, "{#item-2 .measure}", "{#item-2 .measures}"), m => m.Contains("error: heading '二、优化登记服务': '.measures' is not a section kind", StringComparison.Ordinal));
        Assert.Contains(CheckWith("policies/demo-zezhou-2024-5/en.md", "{#item-1 .measure}", "{#item-1 .article}"), m => m.Contains("error: '#item-1' is declared .article here but .measure in", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_region_and_an_unknown_status_are_errors_at_their_line()
    {
        Assert.Contains(CheckWith(County, "region: 泽州县", "region: 泽州区"), m => m.Contains("zh.md:13: error: region '泽州区' is not in content/regions.yml", StringComparison.Ordinal));
        Assert.Contains(CheckWith(Old, "status: 已废止", "status: 作废"), m => m.Contains("zh.md:13: error: status '作废' is not one of 现行有效, 已失效, 已废止", StringComparison.Ordinal));
    }

    [Fact]
    public void A_replaced_policy_still_marked_in_force_and_a_relation_to_no_policy_are_warned_about()
    {
        Assert.Contains(CheckWith(Old, "status: 已废止", "status: 现行有效"), m => m.Contains("warning: policy 'demo-city-2021-9' is replaced or repealed by 'demo-city-2024-3'", StringComparison.Ordinal));
        Assert.Contains(CheckWith(New, "supersedes: demo-city-2021-9", "supersedes: [demo-city-2021-9, demo-city-2019-1]"), m => m.Contains("warning: supersedes: no policy 'demo-city-2019-1' in content/policies", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_after_the_closing_line_cannot_start_a_new_section()
    {
        var messages = CheckWith(County, "泽州县示例局\n\n2024年5月10日\n", "泽州县示例局\n\n2024年5月10日\n\n### 三、其他 {#item-3 .measure}\n\n其他。\n");

        Assert.Contains(messages, m => m.Contains("error: heading after the closing line '***'", StringComparison.Ordinal));
    }

    private static List<string> CheckWith(string file, string find, string replace) =>
        DiagnoseWith(file, find, replace).Select(d => d.ToString()).ToList();

    /// <summary>What check reports on a copy of the fixture with <paramref name="find"/> replaced in one file.</summary>
    internal static List<Diagnostics.Diagnostic> DiagnoseWith(string file, string find, string replace)
    {
        var root = Path.Combine(Path.GetTempPath(), "many-policies-" + Guid.NewGuid().ToString("N"), "content");
        try
        {
            Copy(Loaded.ManyPoliciesRoot, root);
            var path = Path.Combine(root, file);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
            var (_, diagnostics) = ContentLoader.Load(root);
            return diagnostics.Sorted().ToList();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
