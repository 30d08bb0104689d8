using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>
/// The committed three-policy fixture in a real browser: search hits name their document and county and say when their
/// provisions ended, on the reader's day; the policy list and the search narrow to a region (city-wide policies stay).
/// </summary>
[Collection(ManyPoliciesCollection.Name)]
public sealed class ManyPoliciesBrowserTests(ManyPoliciesSiteHost site)
{
    private static readonly DateTimeOffset In2026 = new(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset In2024 = new(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private async Task<IPage> PageAt(DateTimeOffset now)
    {
        var page = await site.NewPhonePageAsync();
        await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        return page;
    }

    [Theory]
    [InlineData("zh", "租金", "泽州县", "《减轻个体工商户房租负担的通知》泽示发〔2024〕5号 · 泽州县", "已于2025年12月31日到期")]
    [InlineData("en", "rent", "Zezhou County", "Notice on Reducing the Rent Burden of Individual Businesses, 泽示发〔2024〕5号 · Zezhou County", "Ended on 31 December 2025")]
    public async Task A_county_hit_names_its_document_and_county_and_is_marked_ended_on_the_readers_day(string lang, string query, string county, string names, string ended)
    {
        var page = await PageAt(In2026);
        await page.GotoAsync($"{lang}/search/?q={Uri.EscapeDataString(query)}");

        var first = page.Locator("#search-results > li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", $"/{lang}/policies/demo-zezhou-2024-5/#item-1");
        Assert.Equal(names, await first.Locator(".hit-doc").InnerTextAsync());
        Assert.Contains(county, await first.Locator(".hit-doc").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(ended, await first.Locator(".status-badge").InnerTextAsync());
        Assert.Equal("ended", await first.GetAttributeAsync("data-status"));
        Assert.NotEmpty(await first.Locator("a mark").AllInnerTextsAsync());
        Assert.NotEmpty(await first.Locator("p mark").AllInnerTextsAsync());
        if (lang == "en")
        {
            Assert.Equal("zh-CN", await first.Locator(".hit-doc span[lang]").GetAttributeAsync("lang"));
        }

        var before = await PageAt(In2024);
        await before.GotoAsync($"{lang}/search/?q={Uri.EscapeDataString(query)}");
        var current = before.Locator("#search-results > li").First;
        await Assertions.Expect(current.Locator("a")).ToHaveAttributeAsync("href", $"/{lang}/policies/demo-zezhou-2024-5/#item-1");
        Assert.Equal(0, await current.Locator(".status-badge").CountAsync());
        Assert.Null(await current.GetAttributeAsync("data-status"));
    }

    [Theory]
    [InlineData("zh", "刻制公章", "已废止")]
    [InlineData("en", "company seal", "Repealed")]
    public async Task A_hit_in_a_repealed_policy_says_so_in_words(string lang, string query, string repealed)
    {
        var page = await PageAt(In2024);
        await page.GotoAsync($"{lang}/search/?q={Uri.EscapeDataString(query)}");

        var old = page.Locator("#search-results > li", new() { Has = page.Locator("a[href*='demo-city-2021-9']") });
        await Assertions.Expect(old).ToHaveCountAsync(1);
        Assert.Equal(repealed, await old.Locator(".status-badge").InnerTextAsync());
        var current = page.Locator("#search-results > li", new() { Has = page.Locator("a[href*='demo-city-2024-3']") }).First;
        Assert.Equal(0, await current.Locator(".status-badge").CountAsync());
    }

    [Theory]
    [InlineData("zh", "减免", "阳城县")]
    [InlineData("en", "waived", "Yangcheng County")]
    public async Task The_search_narrows_to_a_region_keeping_the_city_wide_policies(string lang, string query, string elsewhere)
    {
        var page = await PageAt(In2024);
        await page.GotoAsync($"{lang}/search/?q={Uri.EscapeDataString(query)}");
        var zezhou = page.Locator("#search-results > li a[href*='demo-zezhou-2024-5']");
        await Assertions.Expect(zezhou.First).ToBeVisibleAsync();

        await page.Locator("#search-region").SelectOptionAsync(new SelectOptionValue { Label = elsewhere });

        await Assertions.Expect(zezhou).ToHaveCountAsync(0);
        await page.WaitForURLAsync($"**/{lang}/search/?q=*&region=yangcheng");
        await page.Locator("#search-q").FillAsync(lang == "zh" ? "刻制公章" : "company seal");
        await Assertions.Expect(page.Locator("#search-results > li a[href*='demo-city-2024-3']").First).ToBeVisibleAsync();

        await page.GotoAsync($"{lang}/search/?q={Uri.EscapeDataString(query)}&region=zezhou");
        Assert.Equal("zezhou", await page.Locator("#search-region").InputValueAsync());
        await Assertions.Expect(zezhou.First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("zh", "阳城县", "泽州县")]
    [InlineData("en", "Yangcheng County", "Zezhou County")]
    public async Task The_policy_list_narrows_to_a_region_keeping_the_city_wide_policies(string lang, string elsewhere, string county)
    {
        var page = await PageAt(In2024);
        await page.GotoAsync($"{lang}/policies/");
        var cards = page.Locator("#policy-list > li:visible");
        await Assertions.Expect(cards).ToHaveCountAsync(3);

        await page.Locator("#f-region").SelectOptionAsync(new SelectOptionValue { Label = elsewhere });
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator("#policy-list > li:visible a[href*='demo-zezhou-2024-5']").CountAsync());

        await page.Locator("#f-region").SelectOptionAsync(new SelectOptionValue { Label = county });
        await Assertions.Expect(cards).ToHaveCountAsync(3);
        await page.WaitForURLAsync($"**/{lang}/policies/?region=zezhou");
    }
}
