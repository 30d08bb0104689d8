using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Tests.Server;

/// <summary>Publishing reaches the bot: a new build is swapped in while requests go on, and a bad one never is.</summary>
public sealed class PublishingTests
{
    private const string Original = "免除新设立个体工商户印章刻制费用";
    private const string Changed = "免除新设立个体工商户印章刻制及邮寄费用";

    [Fact]
    public async Task A_published_change_is_answered_within_seconds_with_no_failed_request_and_a_bad_build_is_never_loaded()
    {
        using var repo = new TempFolder();
        var content = Path.Combine(repo.Path, "content");
        Copy(RepoPaths.Content, content);
        await using var bot = await KestrelBot.StartAsync(["--RateLimit:PerIpPerMinute=100000"], null, content);
        Assert.DoesNotContain(Changed, await AnswerAsync(bot), StringComparison.Ordinal);

        var failures = 0;
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var traffic = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await bot.Http.PostAsJsonAsync("/api/chat", new { question = "个体户怎么贷款？" }, CancellationToken.None);
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, TestContext.Current.CancellationToken);

        // What `generator build` does once the content is valid: write the index beside it, swapped in whole.
        var policy = Path.Combine(content, "policies", "jincheng-2022-67", "zh.md");
        await File.WriteAllTextAsync(policy, (await File.ReadAllTextAsync(policy, TestContext.Current.CancellationToken)).Replace(Original, Changed, StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var (published, _) = ContentLoader.Load(content);
        ClauseIndex.Write(published!, Path.Combine(repo.Path, "_build", "index"));

        var answered = false;
        for (var i = 0; i < 100 && !answered; i++)
        {
            answered = (await AnswerAsync(bot)).Contains(Changed, StringComparison.Ordinal);
            if (!answered)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(answered, "the bot did not answer from the published content within 10 s");

        // A broken edit followed by an index write (a build that should never have published): the bot keeps what it has.
        var site = Path.Combine(content, "site.yml");
        await File.WriteAllTextAsync(site, "title: [unclosed", TestContext.Current.CancellationToken);
        ClauseIndex.Write(published!, Path.Combine(repo.Path, "_build", "index"));
        for (var i = 0; i < 50 && !bot.Logs.Entries.Any(e => e.Message.Contains("was not loaded", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("was not loaded", StringComparison.Ordinal));
        Assert.Contains(Changed, await AnswerAsync(bot), StringComparison.Ordinal);
        await stop.CancelAsync();
        await traffic;
        Assert.True(requests > 10, $"only {requests} requests were made during the swap");
        Assert.Equal(0, failures);
    }

    private static async Task<string> AnswerAsync(KestrelBot bot)
    {
        var response = await bot.Http.PostAsJsonAsync("/api/chat", new { question = "新办个体户刻章要钱吗" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("answer").GetString()!;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
