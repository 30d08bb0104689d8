using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The one-line condition grammar, and the plain words the "Who qualifies" box makes of it.</summary>
public sealed class ConditionTests
{
    private static readonly FactSchema Facts = RepositoryContent.Content.Facts;

    [Theory]
    [InlineData("monthly_sales_yuan <= 150000", "月销售额不超过15万元", "monthly sales at most 150,000 yuan")]
    [InlineData("monthly_sales_yuan<150000", "月销售额低于15万元", "monthly sales less than 150,000 yuan")]
    [InlineData("annual_taxable_income_yuan > 0", "经营所得年应纳税所得额大于0元", "annual taxable business income more than 0 yuan")]
    [InlineData("taxpayer_kind == small_scale", "增值税小规模纳税人", "small-scale VAT taxpayer")]
    [InlineData("taxpayer_kind != small_scale", "不是增值税小规模纳税人", "not a small-scale VAT taxpayer")]
    [InlineData("newly_registered == true", "新设立的个体工商户", "a newly established individual business")]
    [InlineData("newly_registered != true", "不是新设立的个体工商户", "not a newly established individual business")]
    public void A_condition_reads_as_plain_words(string source, string zh, string en)
    {
        var diagnostics = new DiagnosticBag();

        var condition = Condition.Parse(source, 7, Facts, "zh.md", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(zh, condition!.Text.Zh);
        Assert.Equal(en, condition.Text.En);
    }

    [Theory]
    [InlineData("monthly_sales <= 150000", "zh.md:7: error: condition 'monthly_sales <= 150000' names an unknown fact 'monthly_sales' (known facts: ")]
    [InlineData("monthly_sales_yuan =< 150000", "zh.md:7: error: condition 'monthly_sales_yuan =< 150000' does not parse: write a fact, an operator")]
    [InlineData("monthly_sales_yuan <= 15万", "zh.md:7: error: condition 'monthly_sales_yuan <= 15万' does not parse: '15万' is not a number")]
    [InlineData("taxpayer_kind <= small_scale", "zh.md:7: error: condition 'taxpayer_kind <= small_scale' does not parse: 'taxpayer_kind' is a choice: use == or !=")]
    [InlineData("taxpayer_kind == tiny", "zh.md:7: error: condition 'taxpayer_kind == tiny' does not parse: 'tiny' is not an option of 'taxpayer_kind' (options: small_scale, general)")]
    [InlineData("newly_registered == yes", "zh.md:7: error: condition 'newly_registered == yes' does not parse: 'newly_registered' is yes/no: the value must be true or false")]
    [InlineData("monthly_sales_yuan <= 150000 and taxpayer_kind == general", "zh.md:7: error: condition 'monthly_sales_yuan <= 150000 and taxpayer_kind == general' does not parse")]
    public void A_bad_condition_is_an_error_at_its_line(string source, string expectedStart)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(Condition.Parse(source, 7, Facts, "zh.md", diagnostics));

        Assert.StartsWith(expectedStart, Assert.Single(diagnostics.Items).ToString(), StringComparison.Ordinal);
    }
}
