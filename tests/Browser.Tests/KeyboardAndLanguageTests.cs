using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>
/// Keyboard-only use, and the right <c>lang</c> on text in the other language. A radio group is one Tab stop (arrows move
/// within it), and links inside a closed &lt;details&gt; are hidden until it is opened, as browsers intend.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardAndLanguageTests(SiteHost site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Every_control_is_reached_with_tab_and_shows_a_focus_ring(string path)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var controls = await page.EvaluateAsync<int>("""
            (window.__seen = new Set(), window.__noRing = [],
             document.addEventListener('focusin', e => {
               window.__seen.add(e.target);
               const s = getComputedStyle(e.target);
               if (s.outlineStyle === 'none' && s.boxShadow === 'none') window.__noRing.push(e.target.outerHTML.slice(0, 80));
             }),
             Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary'))
               .filter(e => e.offsetParent !== null && !e.disabled && !e.closest('details:not([open]) > :not(summary)') && !(e.type === 'radio' && e !== (document.querySelector(`input[type=radio][name="${e.name}"]:checked`) || document.querySelector(`input[type=radio][name="${e.name}"]`)))).length)
            """);

        // Date inputs take a Tab per part (day, month, year): allow for them.
        for (var i = 0; i < (controls * 2) + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var missed = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary'))
              .filter(e => e.offsetParent !== null && !e.disabled && !e.closest('details:not([open]) > :not(summary)') && !(e.type === 'radio' && e !== (document.querySelector(`input[type=radio][name="${e.name}"]:checked`) || document.querySelector(`input[type=radio][name="${e.name}"]`)))).filter(e => !window.__seen.has(e))
              .map(e => e.outerHTML.slice(0, 80))
            """);
        Assert.True(missed.Length == 0, "not reached with Tab:\n" + string.Join("\n", missed));
        var noRing = await page.EvaluateAsync<string[]>("window.__noRing");
        Assert.True(noRing.Length == 0, "no visible focus:\n" + string.Join("\n", noRing));
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Text_in_the_other_language_carries_its_own_lang(string path)
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // An element whose own text is mostly Chinese must be inside lang="zh…", mostly Latin words inside lang="en".
        var wrong = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('body *'))
              .filter(e => e.offsetParent !== null)
              .map(e => [e, Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim()])
              .filter(([e, t]) => t.length >= 2)
              .filter(([e, t]) => {
                const cjk = (t.match(/[\u4e00-\u9fff]/g) || []).length;
                const latin = (t.match(/[A-Za-z]/g) || []).length;
                const lang = (e.closest('[lang]') || document.documentElement).getAttribute('lang');
                if (cjk > latin && cjk >= 2) return !lang.startsWith('zh');
                if (latin > 2 * cjk && latin >= 4 && /[a-z]{3}/.test(t)) return !lang.startsWith('en');
                return false;
              })
              .map(([e, t]) => `${e.tagName} lang=${(e.closest('[lang]') || document.documentElement).getAttribute('lang')}: ${t.slice(0, 40)}`)
            """);

        Assert.True(wrong.Length == 0, "text marked with the wrong language:\n" + string.Join("\n", wrong));
    }
}
