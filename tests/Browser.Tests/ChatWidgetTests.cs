using Microsoft.Playwright;
using Policy.Bot.Server;

namespace Policy.Browser.Tests;

/// <summary>The chat widget against a running bot server that also serves the site, used with the keyboard only.</summary>
[Collection(SiteCollection.Name)]
public sealed class ChatWidgetTests(SiteHost site)
{
    [Theory]
    [InlineData("zh", "个体户转成公司有什么奖励？", "3000")]
    [InlineData("en", "Can a newly registered individual business get its seal carved for free?", "seal")]
    public async Task The_chat_answers_with_a_citation_link_that_opens_the_clause(string lang, string question, string expected)
    {
        var (bot, port) = await StartBotAsync();
        await using var _ = bot;
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 }, BaseURL = $"http://127.0.0.1:{port}/" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{lang}/");

        var open = page.Locator("#chat-open");
        await Assertions.Expect(open).ToBeVisibleAsync(new() { Timeout = 15000 });
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#chat-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(question);
        await page.Keyboard.PressAsync("Enter");

        var answer = page.Locator(".chat-bot").Last;
        await Assertions.Expect(answer).ToContainTextAsync(expected, new() { Timeout = 15000 });
        var citation = answer.Locator(".chat-sources a").First;
        Assert.Contains($"/{lang}/policies/jincheng-2022-67/#measure-", await citation.GetAttributeAsync("href"), StringComparison.Ordinal);
        await citation.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{lang}/policies/jincheng-2022-67/#measure-\\d+$"));
        var anchor = new Uri(page.Url).Fragment;
        Assert.True(await page.Locator(anchor).IsVisibleAsync());
        await bot.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task On_a_phone_the_launcher_covers_nothing_and_the_panel_opens_full_screen_with_example_questions(string lang)
    {
        var (bot, port) = await StartBotAsync();
        await using var _ = bot;
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 }, BaseURL = $"http://127.0.0.1:{port}/" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{lang}/policies/jincheng-2022-67/");
        var open = page.Locator("#chat-open");
        await Assertions.Expect(open).ToBeVisibleAsync(new() { Timeout = 15000 });

        // Nothing overlaps the title, and at the foot of the page the last text stands above the launcher.
        var launcher = await open.BoundingBoxAsync();
        var title = await page.Locator("h1").First.BoundingBoxAsync();
        Assert.True(launcher!.Y >= title!.Y + title.Height || launcher.X >= title.X + title.Width, "the launcher overlaps the title");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        var lastText = await page.EvaluateAsync<double>(
            "Math.max(...[...document.querySelectorAll('main p, main li, footer p, footer li')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().bottom))");
        launcher = await open.BoundingBoxAsync();
        Assert.True(lastText <= launcher!.Y + 1, $"the page's last text ends at {lastText} px, under the launcher at {launcher.Y} px");

        await open.ClickAsync();
        var panel = await page.Locator("#chat-panel").BoundingBoxAsync();
        Assert.True(panel!.Width >= 374 && panel.Height >= 600, $"the panel is {panel.Width}×{panel.Height} px, not full-screen");
        var examples = page.Locator("#chat-examples button");
        Assert.Equal(3, await examples.CountAsync());
        await examples.First.ClickAsync();
        await Assertions.Expect(page.Locator(".chat-bot").Last).Not.ToHaveTextAsync("…", new() { Timeout = 15000 });
        Assert.Contains("jincheng-2022-67", await page.Locator(".chat-bot .chat-sources a").First.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

        await page.Locator("#chat-close").ClickAsync();
        await Assertions.Expect(page.Locator("#chat-panel")).ToBeHiddenAsync();
        await Assertions.Expect(open).ToBeFocusedAsync();
        await bot.StopAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A bot server that also serves the built site, on a free port, answering its health check.</summary>
    private async Task<(Microsoft.AspNetCore.Builder.WebApplication Bot, int Port)> StartBotAsync()
    {
        var port = SiteHost.FreePort();
        var sessions = Path.Combine(site.Root + "-chat", Guid.NewGuid().ToString("N"));
        var bot = BotServer.Create(
        [
            "--urls", $"http://127.0.0.1:{port}",
            $"--Site:Path={site.Root}",
            $"--Bot:Content={Path.Combine(SiteHost.RepoRoot, "content")}",
            $"--Bot:Sessions:Path={Path.Combine(sessions, "s.db")}",
            "--Logging:LogLevel:Default=Warning",
            "--WeChat:Enabled=false",
        ]);
        await bot.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        for (var i = 0; i < 200 && !(await http.GetAsync("healthz", TestContext.Current.CancellationToken)).IsSuccessStatusCode; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return (bot, port);
    }

    [Fact]
    public async Task On_a_plain_static_host_without_the_bot_the_widget_stays_hidden()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.False(await page.Locator("#chat").IsVisibleAsync());
    }

}
