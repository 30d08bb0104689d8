using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>An English reader: sent to the English site when the browser prefers English, and a menu that fits a phone.</summary>
[Collection(SiteCollection.Name)]
public sealed class EnglishVisitorTests(SiteHost site)
{
    private async Task<IPage> PageIn(string locale, bool javaScript = true)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 375, Height = 667 },
            BaseURL = site.BaseUrl,
            Locale = locale,
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    [Theory]
    [InlineData("en-GB", "/en/")]
    [InlineData("zh-CN", "/zh/")]
    public async Task The_root_page_sends_a_visitor_to_the_language_the_browser_prefers(string locale, string expected)
    {
        var page = await PageIn(locale);
        await page.GotoAsync("");

        // The page moves on by itself, maybe before a navigation waiter could be set up: its address is polled instead.
        await Assertions.Expect(page).ToHaveURLAsync(EndsWith(expected), Redirected);
        Assert.EndsWith(expected, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_JavaScript_the_root_page_offers_English_as_a_visible_link()
    {
        var page = await PageIn("en-GB", javaScript: false);
        var response = await page.APIRequest.GetAsync(site.BaseUrl + "index.html");
        await page.SetContentAsync(await response.TextAsync());

        await Assertions.Expect(page.Locator("a[href$='/en/']", new() { HasText = "English" })).ToBeVisibleAsync();
        Assert.Contains("url=/zh/", await page.Locator("meta[http-equiv=refresh]").GetAttributeAsync("content"), StringComparison.Ordinal);

        await page.GotoAsync("");
        await Assertions.Expect(page).ToHaveURLAsync(EndsWith("/zh/"), Redirected);
    }

    private static readonly PageAssertionsToHaveURLOptions Redirected = new() { Timeout = 30_000 };

    private static System.Text.RegularExpressions.Regex EndsWith(string path) =>
        new(System.Text.RegularExpressions.Regex.Escape(path) + "$");

    [Theory]
    [InlineData("en/")]
    [InlineData("en/policies/jincheng-2022-67/")]
    public async Task The_English_menu_fits_one_line_at_375_px(string path)
    {
        var page = await PageIn("en-GB");
        await page.GotoAsync(path);

        var tops = await page.Locator(".site-nav li").EvaluateAllAsync<double[]>("items => items.map(li => li.getBoundingClientRect().top)");
        Assert.True(tops.Length >= 4, $"{tops.Length} menu items");
        Assert.True(tops.Distinct().Count() == 1, "menu rows start at " + string.Join(", ", tops));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways");
    }
}
