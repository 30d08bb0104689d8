using System.Text;
using System.Text.Json;
using Policy.Bot.Answering;
using Policy.Bot.Cli;

namespace Policy.Bot.Tests;

/// <summary>Every kind of bad input gets an answer, never an exception.</summary>
public class BadInputTests
{
    public static TheoryData<string> Messages()
    {
        var random = new Random(67);
        var longText = new StringBuilder();
        const string pool = "个体工商户增值税免征月销售额万元小规模纳税人 abc rent loan 12,000 😀，。？!\n\t";
        while (longText.Length < 10_000)
        {
            longText.Append(pool[random.Next(pool.Length)]);
        }

        return new TheoryData<string>
        {
            "", " ", "   \t\n  ", "\u3000\u3000", longText.ToString(), new string('万', 10_000), "😀😀😀", "🎉🙏👍🏻", "👨‍👩‍👧",
            "我是small-scale taxpayer，monthly sales 12万，can I 免税?", "I rent 国有房屋, 可以减免 rent 吗",
            "月销售额1.2.3万", "月销售额-5万", "月销售额99999999999999999999999999999元", "月销售额 万万 元", "sales 1e9", "销售额０.５万",
            "？？？", "<script>alert(1)</script>", "' OR 1=1 --", "\0\u0001\u0002", "\ud83d", "title:( AND* \"unbalanced \\",
        };
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Any_message_gets_an_answer(string message)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(message, "bad-input"), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrWhiteSpace(result.Answer));
        Assert.Contains(result.Language, new[] { "zh", "en" });
        Assert.True(TestBots.Knowledge.Verifier.VerifyAll(result.Citations, out var problem), problem);
    }

    [Fact]
    public async Task A_missing_question_gets_an_answer()
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(null), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrWhiteSpace(result.Answer));
    }

    [Fact]
    public async Task A_bad_batch_line_gets_an_error_result_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "batch.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            "{\"id\":\"ok-1\",\"question\":\"刻章要钱吗？\"}",
            "not json",
            "[1,2]",
            "{\"id\":\"no-question\"}",
            "{\"id\":\"bad-date\",\"question\":\"我能免增值税吗？\",\"as_of\":\"2022-13-45\"}",
            "",
            "{\"id\":7,\"question\":\"How can an individual business get a loan?\"}",
        ], TestContext.Current.CancellationToken);
        using var output = new StringWriter();

        await BatchRunner.RunAsync(TestBots.Create(), file, output, null, TestContext.Current.CancellationToken);

        var results = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, results.Count);
        Assert.Equal([false, true, true, true, true, true, false], results.Select(r => r.TryGetProperty("error", out _)));
        Assert.Equal("ok-1", results[0].GetProperty("id").GetString());
        Assert.Equal("no-question", results[3].GetProperty("id").GetString());
        Assert.Equal("7", results[6].GetProperty("id").GetString());
        Assert.Equal("en", results[6].GetProperty("language").GetString());
    }
}
