using Policy.Bot.Answering;
using Policy.Bot.Hosting;

namespace Policy.Bot.Tests;

/// <summary>"市税务局负责什么": the measures a responsible unit is named for, each cited, with the unit's page.</summary>
public class UnitDutiesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<BotResult> Ask(string question) =>
        TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2022, 6, 1)), Cancel);

    [Theory]
    [InlineData("市税务局负责什么", "/zh/units/tax/")]
    [InlineData("税务局管哪些事", "/zh/units/tax/")] // without the city's 市
    [InlineData("What is the tax bureau responsible for?", "/en/units/tax/")] // without "Jincheng Municipal"
    public async Task A_units_duties_are_the_measures_that_name_it(string question, string page)
    {
        var result = await Ask(question);

        Assert.True(result.InScope);
        Assert.Empty(result.Eligibility);
        Assert.Equal(["jincheng-2022-67#measure-5", "jincheng-2022-67#measure-13"], result.Citations.Select(c => c.Id));
        Assert.Contains(page, result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_of_many_measures_lists_the_first_and_counts_them_all()
    {
        var result = await Ask("市场监管局要做什么");

        var count = TestBots.Knowledge.Content.Policies.SelectMany(p => p.Chinese.Sections).Count(s => s.UnitNames.Any(n => n.Contains("市场监管局", StringComparison.Ordinal)));
        Assert.True(count > 6);
        Assert.StartsWith($"按政策，市市场监管局是以下{count}项措施的责任单位：", result.Answer, StringComparison.Ordinal);
        Assert.Equal(6, result.Citations.Count);
    }

    [Theory]
    [InlineData("司法局管什么", "justice")] // without the city's 市, and nothing else said: still in scope
    [InlineData("人社局管哪些", "human-resources")]
    public async Task A_unit_named_without_the_citys_name_is_in_scope(string question, string unit)
    {
        var result = await Ask(question);

        Assert.True(result.InScope);
        Assert.Contains($"/zh/units/{unit}/", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("各县区要做什么")]
    [InlineData("俺是陵川县政府办的 领导让俺看看市里这个个体户倍增的方案 俺们县里具体得干些啥 要报啥材料不")]
    public async Task A_clause_that_asks_the_unit_by_name_is_quoted_beside_its_measures(string question)
    {
        var result = await Ask(question);

        Assert.StartsWith("按政策，各县（区、市）政府是以下", result.Answer, StringComparison.Ordinal);
        var safeguard = result.Citations.ToList().FindIndex(c => c.Id == "jincheng-2022-67#safeguard-2");
        Assert.True(safeguard >= 0, result.Answer);
        Assert.Contains($"“六定”", result.Answer, StringComparison.Ordinal);
        Assert.Contains($"[{safeguard + 1}]", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I work at the Municipal Sports Bureau and we are on the task force list apparently. What does the plan actually ask member units to do, do we need to send staff?")]
    [InlineData("市体育局是专班成员单位 要干些啥 要派人不")]
    public async Task A_unit_asking_as_a_member_of_the_task_force_gets_the_task_forces_clauses(string question)
    {
        var result = await Ask(question);

        Assert.Contains(result.Citations[0].Id, (string[])["jincheng-2022-67#safeguard-1", "jincheng-2022-67#leadership"]);
        Assert.DoesNotContain("/units/", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_a_unit_handles_a_provision_named_is_answered_from_that_provision_with_its_units()
    {
        var result = await Ask("被罚了款 俺觉得俺是头一回犯 这个首次免罚归哪个部门管 司法局管不管");

        Assert.Equal("jincheng-2022-67#measure-17", result.Citations[0].Id);
        Assert.DoesNotContain("/units/", result.Answer, StringComparison.Ordinal);
        Assert.Contains("市司法局", result.Answer, StringComparison.Ordinal);
        Assert.Contains("各有关行政执法部门", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("各县区要做什么", "counties")] // an alias staff added in units.yml
    [InlineData("开发区管委会负责哪些措施", "development-zone")]
    [InlineData("我在开发区，开发区管委会管不管这些", "development-zone")] // 管不管: whether it handles them
    public async Task Any_name_of_a_unit_finds_it(string question, string unit)
    {
        var result = await Ask(question);

        Assert.Contains($"/zh/units/{unit}/", result.Answer, StringComparison.Ordinal);
        Assert.NotEmpty(result.Citations);
    }

    [Theory]
    [InlineData("市税务局和市财政局负责什么")] // two units: the clauses search finds
    [InlineData("我要投诉市场监管局的工作人员态度差")]
    [InlineData("市场监管所的人打电话问我店里生意咋样，这是干啥用的")] // what the call is for, not what the unit does
    [InlineData("税务局的人来问我一个月卖多少，这是要干啥")]
    public async Task Only_one_unit_asked_what_it_does_gets_its_duties(string question)
    {
        var result = await Ask(question);

        Assert.DoesNotContain("/units/", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市场监管所的人打电话问我店里生意咋样，这是干啥用的")]
    [InlineData("老有人打电话问我店里的经营状况，这是干嘛的")]
    [InlineData("someone from the city called asking how my business is doing, what is that for?")]
    public async Task A_call_asking_how_business_is_going_is_the_monitoring_measure(string question)
    {
        var result = await Ask(question);

        Assert.Equal("jincheng-2022-67#measure-20", result.Citations[0].Id);
    }

    [Theory]
    [InlineData("税务局电话多少", "市税务局的电话，政策原文没有写，本站也还没有收录。")]
    [InlineData("行吧 那税务局电话多少 俺直接打过去问问", "市税务局的电话，政策原文没有写，本站也还没有收录。")] // nothing else asked
    [InlineData("市场监管局周末上班吗", "市市场监管局的办公时间，政策原文没有写，本站也还没有收录。")]
    [InlineData("税务局在哪", "市税务局的办公地址，政策原文没有写，本站也还没有收录。")] // where the office is, not what it does
    [InlineData("市场监管局几点上班，周六上班吗", "市市场监管局的办公时间，政策原文没有写，本站也还没有收录。")]
    [InlineData("市场监管局电话是多少", "市市场监管局的电话，政策原文没有写，本站也还没有收录。")]
    [InlineData("What's the phone number of the tax bureau?", "The policy does not state the Jincheng Municipal Tax Bureau's phone number, and this site does not have it yet.")]
    public async Task A_units_phone_not_entered_is_said_not_to_be_known_with_its_page(string question, string expected)
    {
        var result = await Ask(question);

        Assert.StartsWith(expected, result.Answer, StringComparison.Ordinal);
        Assert.Contains("/units/", result.Answer, StringComparison.Ordinal);
        Assert.True(result.InScope);
    }

    [Fact]
    public async Task A_units_phone_staff_entered_is_given()
    {
        using var folder = new TempFolder();
        var content = Path.Combine(folder.Path, "content");
        CopyFolder(RepoPaths.Content, content);
        var units = Path.Combine(content, "units.yml");
        File.WriteAllText(units, File.ReadAllText(units).Replace("  aliases: [市税务局]", "  aliases: [市税务局]\n  phone: \"0356-1234567\"", StringComparison.Ordinal));
        var bot = new PolicyBot(KnowledgeLoader.Load(content, null), new Policy.Bot.Storage.InMemory.InMemorySessionStore(TimeSpan.FromMinutes(5)));

        var result = await bot.AskAsync(new BotRequest("税务局电话多少", null, new DateOnly(2022, 6, 1)), Cancel);

        Assert.StartsWith("市税务局：电话 0356-1234567", result.Answer, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
