using Policy.Bot.Answering;
using Policy.Bot.Hosting;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Tests;

/// <summary>With several policies, each citation names the document it comes from.</summary>
public sealed class ManyPoliciesTests
{
    private static readonly string TwoPolicies = Path.Combine(RepoPaths.Root, "tests", "Generator.Tests", "Fixtures", "two-policies", "content");

    [Fact]
    public async Task Citations_name_their_document_with_its_number()
    {
        var result = await TestBots.Create().AskAsync(new BotRequest("新办个体工商户刻公章要收费吗？"), TestContext.Current.CancellationToken);

        var citation = Assert.Single(result.Citations, c => c.Id == "jincheng-2022-67#measure-6");
        Assert.Equal("关于支持个体工商户倍增质升的实施方案（晋市市监〔2022〕67号）", citation.Document);
    }

    [Fact]
    public async Task A_question_finds_the_clause_in_whichever_document_has_it()
    {
        var knowledge = KnowledgeLoader.Load(TwoPolicies, null);
        var bot = new PolicyBot(knowledge, new InMemorySessionStore(TimeSpan.FromMinutes(5)));

        var rent = await bot.AskAsync(new BotRequest("承租国有房屋的个体工商户能减免租金吗？"), TestContext.Current.CancellationToken);
        var seal = await bot.AskAsync(new BotRequest("新设立个体工商户刻章收费吗？"), TestContext.Current.CancellationToken);

        Assert.Contains(rent.Citations, c => c.Id == "demo-2023-7#measure-1" && c.Document == "关于扶持个体工商户的若干措施（示政发〔2023〕7号）");
        Assert.Contains(seal.Citations, c => c.Id == "demo-2024-1#measure-2" && c.Document!.Contains("测〔2024〕1号", StringComparison.Ordinal));
    }
}
