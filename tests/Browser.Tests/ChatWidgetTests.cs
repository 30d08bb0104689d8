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
        var port = SiteHost.FreePort();
        var sessions = Path.Combine(site.Root + "-chat", Guid.NewGuid().ToString("N"));
        await using var bot = BotServer.Create(
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

    [Fact]
    public async Task On_a_plain_static_host_without_the_bot_the_widget_stays_hidden()
    {
        var page = await site.NewPhonePageAsync();
        await page.GotoAsync("zh/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.False(await page.Locator("#chat").IsVisibleAsync());
    }

}
