namespace Policy.Browser.Tests;

/// <summary>
/// Screenshots of every page type at phone size, to look at as a visitor would. Written to a temporary folder;
/// <c>scripts/screenshots.sh</c> sets SCREENSHOTS_DIR=docs/screenshots to regenerate the committed ones.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteHost site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_renders_a_screenshot(string path)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir, SiteHost.RepoRoot)
            : Path.Combine(site.Root + "-shots");
        Directory.CreateDirectory(folder);
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var file = Path.Combine(folder, PageTypes.Name(path) + ".png");
        var png = await page.ScreenshotAsync(new() { Path = file, FullPage = false });

        Assert.True(png.Length > 5000, $"{file} is suspiciously small ({png.Length} bytes)");
        Assert.Equal(0x89, png[0]);
    }
}
