using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>The optional model over real HTTP against a scripted OpenAI-compatible server: accepted only when it verifies.</summary>
public class ModelAnswererTests
{
    private const string Question = "我是小规模纳税人，每个月销售额12万元，可以免增值税吗？";
    private const string RealQuote = "对月销售额15万元以下（含本数）的增值税小规模纳税人，免征增值税";
    private static readonly DateOnly AsOf = new(2022, 6, 1);

    [Fact]
    public async Task The_model_calls_a_plugin_and_its_verified_answer_is_sent()
    {
        await using var server = await ScriptedModelServer.StartAsync((request, n, context) => n == 0
            ? ScriptedModelServer.ReplyToolCall(context, ScriptedModelServer.ToolName(request, "get_clause"), new { id = "jincheng-2022-67#measure-5", language = "zh" })
            : ScriptedModelServer.ReplyText(context, $"可以，您可以免征增值税[1]。\n[1] jincheng-2022-67#measure-5 \"{RealQuote}\""));
        // A generous limit: the first call through the connector pays for JIT on a busy machine, and this test is about the round trip.
        var bot = TestBots.WithModel(server.Endpoint, timeoutSeconds: 30);

        var result = await bot.AskAsync(new BotRequest(Question, AsOf: AsOf), TestContext.Current.CancellationToken);

        Assert.Equal("model", result.Source);
        Assert.StartsWith("可以，您可以免征增值税[1]。", result.Answer, StringComparison.Ordinal);
        var citation = Assert.Single(result.Citations);
        Assert.Equal("jincheng-2022-67#measure-5", citation.Id);
        Assert.Equal("http://localhost:5080/zh/policies/jincheng-2022-67/#measure-5", citation.Url);
        Assert.Equal(2, server.Requests.Count);
        var toolResult = server.Requests[1].GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.Contains("免征增值税", toolResult.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Clause == "jincheng-2022-67#measure-5").Verdict);
    }

    [Fact]
    public async Task A_slow_model_is_abandoned_after_the_timeout_and_the_default_answer_is_sent()
    {
        await using var server = await ScriptedModelServer.StartAsync(async (request, n, context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await ScriptedModelServer.ReplyText(context, "too late");
        });
        var log = new ListLogger();
        var bot = TestBots.WithModel(server.Endpoint, timeoutSeconds: 0.5, log);
        var clock = Stopwatch.StartNew();

        var result = await bot.AskAsync(new BotRequest(Question, AsOf: AsOf), TestContext.Current.CancellationToken);

        // Abandoned, not waited for: the model would take 30 s. The bound leaves room for a loaded machine (a CI run beside
        // other builds on two cores once took 10.7 s to answer with the default).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}");
        AssertDefault(result);
        Assert.Contains(log.Messages, m => m.Contains("did not answer within", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_error_gives_the_default_answer()
    {
        await using var server = await ScriptedModelServer.StartAsync((request, n, context) =>
        {
            context.Response.StatusCode = 500;
            return context.Response.WriteAsync("{\"error\":{\"message\":\"model crashed\",\"type\":\"server_error\"}}");
        });

        var log = new ListLogger();
        var result = await TestBots.WithModel(server.Endpoint, timeoutSeconds: 30, log).AskAsync(new BotRequest(Question, AsOf: AsOf), TestContext.Current.CancellationToken);

        AssertDefault(result);
        Assert.Contains(log.Messages, m => m.StartsWith("Model failed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("可以免税[1]。\n[1] jincheng-2022-67#measure-5 \"对月销售额30万元以下的增值税小规模纳税人，免征增值税\"")]
    [InlineData("可以免税[1]。\n[1] jincheng-2022-67#measure-42 \"免征增值税\"")]
    [InlineData("可以免税[1][2]。\n[1] jincheng-2022-67#measure-5 \"" + RealQuote + "\"")]
    [InlineData("可以免税，详见 jincheng-2022-67#measure-99。\n[1] jincheng-2022-67#measure-5 \"" + RealQuote + "\"")]
    [InlineData("可以免税。")]
    public async Task A_fabricated_or_missing_citation_gives_the_default_answer(string reply)
    {
        await using var server = await ScriptedModelServer.StartAsync((request, n, context) => ScriptedModelServer.ReplyText(context, reply));
        var log = new ListLogger();

        var result = await TestBots.WithModel(server.Endpoint, timeoutSeconds: 30, log).AskAsync(new BotRequest(Question, AsOf: AsOf), TestContext.Current.CancellationToken);

        AssertDefault(result);
        Assert.Contains(log.Messages, m => m.StartsWith("Model answer rejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_model_gives_the_default_answer()
    {
        var result = await TestBots.WithModel("http://127.0.0.1:9/v1", timeoutSeconds: 2).AskAsync(new BotRequest(Question, AsOf: AsOf), TestContext.Current.CancellationToken);

        AssertDefault(result);
    }

    private static void AssertDefault(BotResult result)
    {
        Assert.Equal("default", result.Source);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-5");
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Clause == "jincheng-2022-67#measure-5").Verdict);
    }
}
