using Microsoft.Playwright;
using Policy.Generator.Preview;

namespace Policy.Browser.Tests;

/// <summary>
/// The staff member's loop in a real browser: save → the page reloads; a broken save → an overlay with path:line
/// over the last good page; the fix → the overlay goes. Also produces the screenshots for docs/editing.*.md.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewBrowserTests(SiteHost site) : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "policy-preview-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_open_page_reloads_after_a_save_and_shows_content_errors_as_an_overlay()
    {
        CopyDirectory(Path.Combine(SiteHost.RepoRoot, "content"), Path.Combine(root, "content"));
        var zh = Path.Combine(root, "content", "policies", "jincheng-2022-67", "zh.md");
        var port = SiteHost.FreePort();
        var preview = new PreviewSite(Path.Combine(root, "content"), Path.Combine(SiteHost.RepoRoot, "templates"), $"http://localhost:{port}/");
        preview.Rebuild();
        using var watcher = new ContentWatcher([Path.Combine(root, "content")], preview.Rebuild, TimeSpan.FromMilliseconds(50));
        await using var app = PreviewServer.Create(preview, port);
        await app.StartAsync(TestContext.Current.CancellationToken);

        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"http://localhost:{port}/zh/policies/jincheng-2022-67/#measure-6");
        await Shot(page, "preview");

        var original = await File.ReadAllTextAsync(zh, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(zh, original.Replace("免除新设立个体工商户印章刻制费用。", "免除新设立个体工商户印章刻制费用（预览测试）。", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await Assertions.Expect(page.Locator("#measure-6")).ToContainTextAsync("预览测试");

        // The slip of the issue report: one full-width colon in units.yml, which used to give a hundred errors.
        var units = Path.Combine(root, "content", "units.yml");
        var unitsText = await File.ReadAllTextAsync(units, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(units, unitsText.Replace("  zh: 市发改委", "  zh：市发改委", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var overlay = page.Locator("#__preview-overlay");
        await Assertions.Expect(overlay).ToContainTextAsync("content/units.yml 第6行");
        await Assertions.Expect(overlay).ToContainTextAsync("冒号应为半角‘:’");
        await Assertions.Expect(overlay.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#measure-6")).ToContainTextAsync("预览测试");
        await Shot(page, "preview-error");

        // A unit not registered yet: the page still previews, with a note of what to do before publishing.
        await File.WriteAllTextAsync(units, unitsText, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(zh, original.Replace("（责任单位：市市场监管局）", "（责任单位：泽州县市场监督管理局）", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await Assertions.Expect(overlay).ToContainTextAsync("发布前");
        await Assertions.Expect(overlay).ToContainTextAsync("generator units add 泽州县市场监督管理局");
        await Shot(page, "preview-warning");

        await File.WriteAllTextAsync(zh, original, TestContext.Current.CancellationToken);
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#measure-6")).Not.ToContainTextAsync("预览测试");
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } dir)
        {
            var folder = Path.Combine(Path.GetFullPath(dir, SiteHost.RepoRoot), "editing");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }


    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
