using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>The "What can I get?" checker in Chromium: questions one at a time, prefilled links, results, privacy.</summary>
[Collection(SiteCollection.Name)]
public sealed class CheckerTests(SiteHost site)
{
    private static ILocator Result(IPage page, string rule) => page.Locator($"li.result[data-rule='{rule}']");

    [Fact]
    public async Task A_prefilled_link_shows_the_results_at_once()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/check/?taxpayer_kind=small_scale&monthly_sales_yuan=120000&as_of=2022-06-01");

        var vat = Result(page, "vat-exemption");
        Assert.Equal("eligible", await vat.GetAttributeAsync("data-verdict"));
        Assert.Equal("jincheng-2022-67#measure-5", await vat.GetAttributeAsync("data-clause"));
        Assert.Contains("符合条件：增值税小规模纳税人；月销售额不超过15万元。", await vat.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/zh/units/tax/", await vat.Locator("[data-field=unit] a").GetAttributeAsync("href"));
        Assert.Equal("/zh/policies/jincheng-2022-67/#measure-5", await vat.Locator("[data-field=clause] a").GetAttributeAsync("href"));
        Assert.Equal("need_info", await Result(page, "income-tax-halved").GetAttributeAsync("data-verdict"));
        Assert.Equal(8, await page.Locator("li.result[data-verdict]").CountAsync());
        Assert.False(await page.Locator("#check-static").IsVisibleAsync());
    }

    [Fact]
    public async Task An_unusable_value_in_the_link_is_asked_again()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("en/check/?taxpayer_kind=small_scale&monthly_sales_yuan=lots&as_of=2022-06-01");

        Assert.Equal("What are your monthly sales, in yuan?", await page.Locator(".q-heading").InnerTextAsync());
        await page.GetByLabel("monthly sales (yuan)").FillAsync("150,001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var vat = Result(page, "vat-exemption");
        Assert.Equal("not_eligible", await vat.GetAttributeAsync("data-verdict"));
        Assert.Contains("Monthly sales must be at most 150,000 yuan, and you gave more.", await vat.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_answers_by_keyboard_one_question_at_a_time_and_can_go_back()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("en/check/?as_of=2022-06-01");

        Assert.Equal("What kind of VAT taxpayer is your business?", await page.Locator(".q-heading").InnerTextAsync());
        await page.GetByLabel("small-scale VAT taxpayer").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("What are your monthly sales, in yuan?", await page.Locator(".q-heading").InnerTextAsync());
        Assert.True(await page.Locator(".q-heading").EvaluateAsync<bool>("h => document.activeElement === h"), "focus moves to the question");

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.Contains("Enter a number from 0 to 100000000", await page.Locator(".error-message").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        Assert.True(await page.GetByLabel("small-scale VAT taxpayer").IsCheckedAsync(), "going back keeps the answer");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("monthly sales (yuan)").FillAsync("150000");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("Is your business registered as an individual business (个体工商户)?", await page.Locator(".q-heading").InnerTextAsync());

        // "Not sure" to everything else: the remaining rules need information, and no question is asked twice.
        for (var i = 0; i < 10 && await page.Locator("form.question").CountAsync() > 0; i++)
        {
            await page.GetByLabel("I'm not sure").CheckAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        Assert.Equal("eligible", await Result(page, "vat-exemption").GetAttributeAsync("data-verdict"));
        Assert.Equal("need_info", await Result(page, "first-violation-no-penalty").GetAttributeAsync("data-verdict"));
        Assert.Equal("Your results", await page.Locator(".q-heading").InnerTextAsync());
    }

    [Fact]
    public async Task The_as_of_date_shows_an_ended_provision_plainly()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/check/?taxpayer_kind=small_scale&monthly_sales_yuan=120000&as_of=2022-06-01");

        await page.Locator(".as-of summary").ClickAsync();
        await page.GetByLabel("计算日期").FillAsync("2023-01-01");

        var vat = Result(page, "vat-exemption");
        Assert.Equal("expired", await vat.GetAttributeAsync("data-verdict"));
        Assert.False(await vat.IsVisibleAsync(), "ended provisions come last, folded");
        await page.Locator(".ended-results summary").ClickAsync();
        Assert.Contains("这项政策已于2022年12月31日到期，现在不能再享受。", await vat.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("need_info", await Result(page, "new-business-free-seal").GetAttributeAsync("data-verdict"));
    }

    [Fact]
    public async Task A_rule_box_link_checks_that_rule_only_and_answers_never_leave_the_page()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/policies/jincheng-2022-67/#measure-9");
        await page.Locator("#rule-company-conversion-reward .rule-check a").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GetByLabel("是", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "继续" }).ClickAsync();

        var reward = Result(page, "company-conversion-reward");
        Assert.Equal("eligible", await reward.GetAttributeAsync("data-verdict"));
        Assert.Contains("一次性奖励3000元", await reward.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("li.result").CountAsync());
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_so_and_links_the_policies_with_conditions()
    {
        var page = await site.NewPhonePageAsync(javaScript: false);
        await page.GotoAsync("zh/check/");

        Assert.Contains("需要启用 JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#check-static a[href='/zh/policies/jincheng-2022-67/']").CountAsync());
        Assert.False(await page.Locator("#checker").IsVisibleAsync());
    }

    [Theory]
    [InlineData("zh/check/?taxpayer_kind=small_scale&monthly_sales_yuan=120000&as_of=2023-01-01")]
    [InlineData("en/check/?taxpayer_kind=small_scale&monthly_sales_yuan=-3")]
    public async Task Results_and_a_question_with_an_error_meet_wcag_2_1_aa_with_44px_targets(string path)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        if (await page.Locator("form.question").CountAsync() > 0)
        {
            await page.Locator("form.question button[type=submit]").ClickAsync();
            Assert.True(await page.Locator(".error-message").IsVisibleAsync());
        }

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa") });
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        var small = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('#checker a, #checker button, #checker input, #checker summary'))
              .filter(e => e.offsetParent !== null)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.height < 44 || r.width < 44)
              .map(([e, r]) => `${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        Assert.True(small.Length == 0, "tap targets under 44px:\n" + string.Join("\n", small));
    }
}
