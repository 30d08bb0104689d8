using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

/// <summary>
/// Bad rules are errors at the line staff must fix. Each folder under Fixtures/rules/ is a small content/ with an
/// expected.txt listing every error <c>generator check</c> must report for it, exactly; an empty file means none.
/// </summary>
public sealed class RuleCheckTests
{
    private static string Folder => Path.Combine(RepoPaths.Fixtures, "rules");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Check_reports_exactly_the_expected_errors_and_fails_on_any(string fixture)
    {
        var content = Path.Combine(Folder, fixture, "content");
        var expected = File.ReadAllLines(Path.Combine(Folder, fixture, "expected.txt")).Where(l => l.Length > 0).ToList();

        var errors = SiteBuilder.Build(content, RepoPaths.Templates, baseUrl: null).Diagnostics.Sorted()
            .Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

        Assert.Equal(expected, errors);
        Assert.Equal(expected.Count == 0 ? 0 : 1, CheckCommand.Run(content, RepoPaths.Templates));
    }

    [Fact]
    public void Every_kind_of_bad_rule_has_a_fixture()
    {
        var messages = Directory.GetFiles(Folder, "expected.txt", SearchOption.AllDirectories).SelectMany(File.ReadAllLines).ToList();

        Assert.Contains(messages, m => m.Contains("names an unknown fact", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("does not parse", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("is not a date", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("expected verdict", StringComparison.Ordinal));
    }
}
