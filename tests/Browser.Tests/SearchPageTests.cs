using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>The static search page in a real browser: shareable ?q= links, results as the reader types, straight to the clause.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(SiteHost site)
{
    [Fact]
    public async Task A_shared_link_shows_its_results_and_a_result_opens_the_clause_highlighted()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/search/?q=" + Uri.EscapeDataString("刻章要钱吗"));

        var first = page.Locator("#search-results li a").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("href", "/zh/policies/jincheng-2022-67/#measure-6");
        Assert.Equal("刻章要钱吗", await page.Locator("#search-q").InputValueAsync());
        Assert.Contains("印章刻制费用", await page.Locator("#search-results li mark").AllInnerTextsAsync());
        Assert.Matches(@"^找到 \d+ 条相关条款$", await page.Locator("#search-status").InnerTextAsync());

        await first.ClickAsync();
        await page.WaitForURLAsync("**/zh/policies/jincheng-2022-67/#measure-6");
        Assert.Equal("rgb(255, 248, 229)", await page.Locator("#measure-6").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task Chinese_typed_on_the_english_page_finds_the_chinese_clauses()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("en/search/?q=%E5%85%8D%E5%BE%81%E5%A2%9E%E5%80%BC%E7%A8%8E");

        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", "/zh/policies/jincheng-2022-67/#measure-5");
        Assert.Equal("zh-CN", await first.GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task A_search_can_be_kept_within_one_policy()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/search/?q=%E5%88%BB%E7%AB%A0&doc=jincheng-2022-67");
        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/zh/policies/jincheng-2022-67/#measure-"));

        await page.GotoAsync("zh/search/?q=%E5%88%BB%E7%AB%A0&doc=another-policy");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("没有找到");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task Results_follow_the_typing_and_the_address_keeps_the_query()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("en/search/");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("");

        await page.Locator("#search-q").PressSequentiallyAsync("rent waiver");

        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", "/en/policies/jincheng-2022-67/#measure-8");
        await page.WaitForURLAsync("**/en/search/?q=rent%20waiver");
        await page.Locator("#search-q").FillAsync("😀 !!!");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No clauses found. Try other words, or browse the full text.");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task The_header_search_box_leads_to_the_results()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/");

        await page.Locator("#site-q").FillAsync("个体户怎么贷款");
        await page.Locator("#site-q").PressAsync("Enter");

        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", "/zh/policies/jincheng-2022-67/#measure-7");
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_search_needs_it_and_links_to_the_contents()
    {
        var page = await site.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("zh/search/?q=" + Uri.EscapeDataString("免征增值税"));

        Assert.Contains("搜索需要启用 JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("main a[href='/zh/policies/']").CountAsync());
    }
}
