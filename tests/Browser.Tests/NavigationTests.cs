using Microsoft.Playwright;

namespace Policy.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteHost site)
{
    [Theory]
    [InlineData("zh", "政策文件")]
    [InlineData("en", "Policies")]
    public async Task A_visitor_goes_from_the_home_page_to_the_policy_and_to_a_measure(string lang, string nav)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync($"{lang}/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = lang == "zh" ? "导航" : "Navigation" }).GetByRole(AriaRole.Link, new() { Name = nav }).ClickAsync();
        await page.Locator(".card-title").First.ClickAsync();
        await page.Locator(".toc summary").ClickAsync();
        await page.Locator(".toc a[href='#measure-5']").ClickAsync();

        Assert.EndsWith($"/{lang}/policies/jincheng-2022-67/#measure-5", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#measure-5").IsVisibleAsync());
        Assert.Equal("rgb(255, 248, 229)", await page.Locator("#measure-5").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Theory]
    [InlineData("zh", "en", "English")]
    [InlineData("en", "zh", "中文")]
    public async Task Switching_language_keeps_the_reader_at_the_same_clause(string from, string to, string label)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync($"{from}/policies/jincheng-2022-67/#measure-9");

        await page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync($"**/{to}/policies/jincheng-2022-67/#measure-9");

        Assert.Equal(to == "en" ? "en" : "zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        var top = await page.Locator("#measure-9").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, -5, 100);
    }

    [Fact]
    public async Task An_unknown_address_shows_the_404_page_in_both_languages()
    {
        var page = await site.NewPhonePageAsync();
        var response = await page.GotoAsync("zh/policies/no-such-policy/");

        Assert.Equal(404, response!.Status);
        Assert.Contains("页面不存在", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the English home page" }).ClickAsync();
        Assert.EndsWith("/en/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_reads_fully_with_javascript_off()
    {
        var page = await site.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("zh/policies/jincheng-2022-67/");

        Assert.Equal(20, await page.Locator("section.clause-measure").CountAsync());
        Assert.Contains("免征增值税", await page.Locator("#measure-5").InnerTextAsync(), StringComparison.Ordinal);
    }
}
