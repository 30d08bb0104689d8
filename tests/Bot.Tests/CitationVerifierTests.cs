using Policy.Bot.Citations;
using Policy.Knowledge.Content;

namespace Policy.Bot.Tests;

public class CitationVerifierTests
{
    private static readonly ContentSet Content = ContentLoader.Load(RepoPaths.Content).Content!;
    private readonly CitationVerifier verifier = new(Content);

    [Theory]
    [InlineData("对月销售额15万元以下（含本数）的增值税小规模纳税人，免征增值税")]
    [InlineData("small-scale VAT taxpayers with monthly sales of 150,000 yuan or less (inclusive) are exempt from VAT")]
    [InlineData("对月销售额15万元以下（含本数）的增值税小规模纳税人， 免征增值税")]
    public void Accepts_a_quote_that_occurs_in_the_clause(string quote)
    {
        Assert.True(verifier.Verify(new Citation("jincheng-2022-67#measure-5", "t", "u", quote), out var problem), problem);
    }

    [Fact]
    public void Accepts_two_sentences_of_the_clause_joined_by_a_gap_in_its_order_only()
    {
        const string Id = "jincheng-2022-67#measure-16";
        const string First = "禁止和打击平台强制经营者二选一";
        const string Second = "着力规范平台收费行为，引导平台合理降低商户的服务费用";

        Assert.True(verifier.Verify(new Citation(Id, "t", "u", First + Citation.Gap + Second), out var problem), problem);
        Assert.False(verifier.Verify(new Citation(Id, "t", "u", Second + Citation.Gap + First), out _));
        Assert.False(verifier.Verify(new Citation(Id, "t", "u", First + Citation.Gap + "对平台收取的抽成给予全额补贴"), out _));
        Assert.False(verifier.Verify(new Citation(Id, "t", "u", First + Citation.Gap + "税"), out _));
    }

    [Theory]
    [InlineData("jincheng-2022-67#measure-5", "对月销售额30万元以下的增值税小规模纳税人，免征增值税")]
    [InlineData("jincheng-2022-67#measure-5", "对承租国有房屋的个体工商户减免当年3个月租金")]
    [InlineData("jincheng-2022-67#measure-99", "免征增值税")]
    [InlineData("beijing-2022-1#measure-5", "免征增值税")]
    [InlineData("jincheng-2022-67#measure-5", "")]
    [InlineData("jincheng-2022-67#measure-5", "税")]
    public void Rejects_a_fabricated_quote_or_id(string id, string quote)
    {
        Assert.False(verifier.Verify(new Citation(id, "t", "u", quote), out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Every_sentence_offered_for_quoting_verifies()
    {
        var sections = Content.Policies.SelectMany(p => p.Chinese.Sections.Concat(p.English?.Sections ?? []));
        foreach (var section in sections)
        {
            foreach (var sentence in ClauseSentences.Of(section))
            {
                Assert.True(verifier.Verify(new Citation(section.ClauseId, section.Title, "u", sentence), out var problem), problem);
            }
        }
    }
}
