using Policy.Generator.Site;
using Policy.Knowledge.Diagnostics;
using Scriban.Runtime;

namespace Policy.Generator.Tests;

/// <summary>Scriban's limits are set on purpose: reaching one, or a page growing past what a phone should load, fails the build and names the page.</summary>
public sealed class RenderLimitsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "render-limits-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private (string Text, DiagnosticBag Diagnostics) Render(string template)
    {
        Directory.CreateDirectory(Path.Combine(root, "pages"));
        File.WriteAllText(Path.Combine(root, "pages", "big.sbnhtml"), template);
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(root, diagnostics, p => p)!;
        var text = set.Render("pages/big", new ScriptObject(), "zh/big/index.html", diagnostics, p => p);
        return (text, diagnostics);
    }

    [Fact]
    public void A_loop_longer_than_Scribans_default_of_1000_renders()
    {
        var (text, diagnostics) = Render("{{ for i in 1..5000 }}x{{ end }}");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(5000, text.Length);
    }

    [Fact]
    public void A_loop_over_the_limit_is_an_error_naming_the_page()
    {
        var (_, diagnostics) = Render($"{{{{ for i in 1..{RenderLimits.LoopIterations + 10} }}}}{{{{ end }}}}");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("zh/big/index.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_over_the_character_limit_is_an_error_not_a_page_cut_short()
    {
        var (text, diagnostics) = Render($"{{{{ for i in 1..{RenderLimits.Characters / 1000 + 10} }}}}{new string('x', 1000)}{{{{ end }}}}");

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("zh/big/index.html", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("...", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_and_data_files_over_the_weight_limits_are_reported_by_name()
    {
        var output = new SiteOutput();
        output.Add("zh/small/index.html", new string('a', RenderLimits.PageBytes));
        output.Add("zh/big/index.html", new string('a', RenderLimits.PageBytes + 1));
        var random = new Random(7);
        var noise = new byte[RenderLimits.JsonGzipBytes + 1024];
        random.NextBytes(noise);
        output.Add("assets/big.json", noise);
        output.Add("assets/small.json", new byte[RenderLimits.JsonGzipBytes * 4]); // zeros: compresses to almost nothing
        var diagnostics = new DiagnosticBag();

        RenderLimits.Check(output, diagnostics);

        Assert.Equal(["assets/big.json", "zh/big/index.html"], diagnostics.Items.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(diagnostics.Items, d => Assert.Equal(Severity.Error, d.Severity));
    }
}
