using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>
/// The site tells the truth about the reader's day: statuses are computed in the browser from its clock (the build
/// date is only the no-JavaScript fallback), the checker sums up, and contacts are there to call.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StatusTests(SiteHost site)
{
    private static readonly DateTimeOffset In2026 = new(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset In2022 = new(2022, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private async Task<IPage> PageAt(DateTimeOffset now, bool desktop = false)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            ViewportSize = desktop ? new() { Width = 1280, Height = 900 } : new() { Width = 375, Height = 667 },
            BaseURL = site.BaseUrl,
        });
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        return page;
    }

    [Theory]
    [InlineData("zh", false, "已于2022年12月31日到期", "部分条款已到期")]
    [InlineData("en", true, "Ended on 31 December 2022", "Partly ended")]
    public async Task In_2026_measure_5_says_it_ended_and_the_policy_is_partly_ended(string lang, bool desktop, string ended, string partly)
    {
        var page = await PageAt(In2026, desktop);
        await page.GotoAsync($"{lang}/policies/jincheng-2022-67/");

        var box = page.Locator("#rule-vat-exemption");
        Assert.Equal("ended", await box.GetAttributeAsync("data-status"));
        Assert.Equal("2022-12-31", await box.GetAttributeAsync("data-valid-until"));
        Assert.Equal(ended, await box.Locator(".status-text").InnerTextAsync());
        Assert.False(await box.Locator(".status-asof").IsVisibleAsync(), "with JavaScript the status is the reader's day, not the build date");
        var provision = page.Locator("#measure-5 .provision-status .status-badge");
        Assert.Equal("ended", await provision.GetAttributeAsync("data-status"));
        Assert.Contains(ended, await provision.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("current", await page.Locator("#rule-new-business-free-seal").GetAttributeAsync("data-status"));
        var status = page.Locator(".meta-key .status-badge");
        Assert.Equal("partly_ended", await status.GetAttributeAsync("data-status"));
        Assert.Equal(partly, await status.Locator(".status-text").InnerTextAsync());
        Assert.True(await status.IsVisibleAsync(), "the status shows beside the validity, not folded away");
    }

    [Theory]
    [InlineData("zh", "有效期至2022年12月31日", "现行有效")]
    [InlineData("en", "In force until 31 December 2022", "In force")]
    public async Task On_1_June_2022_measure_5_is_current_and_the_policy_in_force(string lang, string current, string inForce)
    {
        var page = await PageAt(In2022);
        await page.GotoAsync($"{lang}/policies/jincheng-2022-67/");

        var box = page.Locator("#rule-vat-exemption");
        Assert.Equal("current", await box.GetAttributeAsync("data-status"));
        Assert.Equal(current, await box.Locator(".status-text").InnerTextAsync());
        Assert.Equal(inForce, await page.Locator(".meta-key .status-text").InnerTextAsync());
    }

    [Fact]
    public async Task Without_javascript_the_build_date_status_is_shown_and_said_to_be_as_of_the_build_date()
    {
        var page = await site.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("zh/policies/jincheng-2022-67/");

        var text = await page.Locator("#rule-vat-exemption .status-badge").InnerTextAsync();
        Assert.Contains("按本站生成日期", text, StringComparison.Ordinal);
        Assert.Contains(DateTime.Now.Year >= 2023 ? "已于2022年12月31日到期" : "有效期至2022年12月31日", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "只看现行有效（含部分条款已到期）")]
    [InlineData("en", "In force only (including partly ended)")]
    public async Task The_policy_list_shows_each_status_and_filters_to_policies_in_force(string lang, string label)
    {
        var page = await PageAt(In2026);
        await page.GotoAsync($"{lang}/policies/");

        var card = page.Locator("#policy-list > li").First;
        Assert.Equal("partly_ended", await card.GetAttributeAsync("data-status"));
        await page.GetByLabel(label).CheckAsync();
        Assert.True(await card.IsVisibleAsync(), "a policy with some ended provisions is still in force");
        Assert.Contains("in_force=1", page.Url, StringComparison.Ordinal);

        var june = await PageAt(In2022);
        await june.GotoAsync($"{lang}/policies/");
        Assert.Equal("in_force", await june.Locator("#policy-list > li").First.GetAttributeAsync("data-status"));
    }

    [Theory]
    [InlineData("zh", "按您的回答，目前没有可以享受的政策。", "市税务局", "已到期：")]
    [InlineData("en", "From your answers, there is nothing you can claim now.", "Jincheng Municipal Tax Bureau", "Ended:")]
    public async Task In_2026_the_checker_tells_a_small_scale_business_nothing_is_claimable_now_and_whom_to_ask(string lang, string none, string unit, string ended)
    {
        var page = await PageAt(In2026);
        await page.GotoAsync($"{lang}/check/?taxpayer_kind=small_scale&monthly_sales_yuan=120000");

        var summary = page.Locator("#check-summary");
        Assert.Contains(lang == "zh" ? "按2026年3月15日的政策计算" : "As of 15 March 2026", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(none, await summary.Locator(".headline").InnerTextAsync());
        Assert.Contains(unit, await summary.Locator(".next-step").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(await summary.Locator(".next-step a[href$='/units/tax/']").First.GetAttributeAsync("href"));
        Assert.Contains(ended, await summary.Locator(".counts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("tel:12345", await summary.Locator(".hotline a").GetAttributeAsync("href"));

        // Ended benefits come last, folded; what is still open comes first.
        var folded = page.Locator(".ended-results");
        Assert.False(await folded.EvaluateAsync<bool>("d => d.open"));
        Assert.Equal("expired", await folded.Locator("li.result").First.GetAttributeAsync("data-verdict"));
        Assert.Equal(0, await page.Locator(".results-screen > .rule-results li.result[data-verdict=expired]").CountAsync());
    }

    [Fact]
    public async Task In_june_2022_the_same_answers_can_claim_the_vat_exemption_first()
    {
        var page = await PageAt(In2022);
        await page.GotoAsync("zh/check/?taxpayer_kind=small_scale&monthly_sales_yuan=120000");

        Assert.Equal("按您的回答，您现在可以享受1项政策。", await page.Locator("#check-summary .headline").InnerTextAsync());
        Assert.Equal("vat-exemption", await page.Locator(".results-screen > .rule-results li.result").First.GetAttributeAsync("data-rule"));
        Assert.Contains("下一步：联系市税务局办理。", await page.Locator("#check-summary .next-step").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "政务服务便民热线")]
    [InlineData("en", "Government service hotline")]
    public async Task Unit_pages_and_the_footer_give_the_national_hotlines_as_phone_links(string lang, string label)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync($"{lang}/units/tax/");

        Assert.Contains(label, await page.Locator(".hotline-list").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator(".hotline-list a[href^='tel:']").CountAsync());
        Assert.Equal(3, await page.Locator(".site-footer a[href^='tel:']").CountAsync());
        Assert.Contains(lang == "zh" ? "主办单位" : "Run by", await page.Locator(".site-footer").InnerTextAsync(), StringComparison.Ordinal);
    }
}
