using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Policy.Browser.Tests;

/// <summary>WCAG 2.1 AA (GB/T 37668 follows it) on every page type, plus the phone layout at 375×667.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteHost site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_has_no_wcag_2_1_aa_violations(string path)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa") });

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task On_a_phone_nothing_scrolls_sideways_targets_are_44px_and_text_is_16px(string path)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"page is {width}px wide");

        var small = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('a, button, input, select, textarea, summary'))
              .filter(e => e.offsetParent !== null && !e.closest('.visually-hidden') && !e.classList.contains('skip'))
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.height < 44 || r.width < 44)
              .map(([e, r]) => `${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        Assert.True(small.Length == 0, "tap targets under 44px:\n" + string.Join("\n", small));

        var tiny = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('body *'))
              .filter(e => e.offsetParent !== null && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
              .filter(e => parseFloat(getComputedStyle(e).fontSize) < 16)
              .map(e => `${e.tagName} ${getComputedStyle(e).fontSize} ${e.textContent.trim().slice(0, 30)}`)
            """);
        Assert.True(tiny.Length == 0, "text under 16px:\n" + string.Join("\n", tiny));
    }
}
