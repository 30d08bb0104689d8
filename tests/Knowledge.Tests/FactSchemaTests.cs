using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests;

/// <summary>content/facts.yml as staff write it: words for yes and, for yes/no facts, words that mean no.</summary>
public class FactSchemaTests
{
    private const string Newly = """
        - id: newly_registered
          type: bool
          label: { zh: 新设立的个体工商户, en: newly established individual business }
          if_true: { zh: 新设立的个体工商户, en: a newly established individual business }
          if_false: { zh: 不是新设立的个体工商户, en: not a newly established individual business }
          whether: { zh: 您的个体工商户是否是新设立的, en: whether your individual business is newly established }
          question: { zh: 您是新设立的个体工商户吗？, en: Is your business newly established? }
          help: { zh: 刚办执照的选“是”。, en: Answer yes if you have just registered. }
          words: { zh: [刚开业], en: [just opened] }
          words_false: { zh: [老店, 开了好几年], en: [for years] }
        """;

    private const string Sales = """
        - id: monthly_sales_yuan
          type: number
          unit: yuan
          min: 0
          max: 100000000
          label: { zh: 月销售额, en: monthly sales }
          question: { zh: 您每月的销售额是多少元？, en: What are your monthly sales in yuan? }
          help: { zh: 单位是元。, en: In yuan. }
          words_false: { zh: [没生意] }
        """;

    private static (FactSchema Schema, DiagnosticBag Diagnostics) Load(string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), "facts-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(file, yaml);
        try
        {
            var diagnostics = new DiagnosticBag();
            return (FactSchema.Load(file, "content/facts.yml", diagnostics), diagnostics);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_yes_no_fact_reads_its_words_for_no_in_both_languages()
    {
        var (schema, diagnostics) = Load(Newly);

        Assert.False(diagnostics.HasErrors);
        var fact = Assert.Single(schema.Facts);
        Assert.Equal(["老店", "开了好几年"], fact.FalseWordsZh);
        Assert.Equal(["for years"], fact.FalseWordsEn);
        Assert.Equal(["刚开业"], fact.WordsZh);
    }

    [Fact]
    public void A_capital_N_standing_alone_in_a_word_is_any_count_from_two_up()
    {
        var (schema, diagnostics) = Load(Newly.Replace("[老店, 开了好几年], en: [for years]", "[开了N年], en: [for N years, New shop]", StringComparison.Ordinal));

        Assert.False(diagnostics.HasErrors);
        var fact = Assert.Single(schema.Facts);
        Assert.Contains("开了两年", fact.FalseWordsZh);
        Assert.Contains("开了5年", fact.FalseWordsZh);
        Assert.Contains("开了十几年", fact.FalseWordsZh);
        Assert.Contains("开了二十三年", fact.FalseWordsZh);
        Assert.DoesNotContain("开了一年", fact.FalseWordsZh); // a year old may still count as new: the bot asks
        Assert.DoesNotContain("开了N年", fact.FalseWordsZh);
        Assert.Contains("for three years", fact.FalseWordsEn);
        Assert.Contains("for 12 years", fact.FalseWordsEn);
        Assert.Contains("New shop", fact.FalseWordsEn); // an N inside a word is a letter
    }

    private const string Individual = """
        - id: is_individual_business
          type: bool
          label: { zh: 个体工商户, en: individual business }
          if_true: { zh: 是个体工商户, en: an individual business }
          if_false: { zh: 不是个体工商户, en: not an individual business }
          whether: { zh: 您是否是个体工商户, en: whether you are an individual business }
          question: { zh: 您是个体工商户吗？, en: Are you an individual business? }
          help: { zh: 看营业执照。, en: See your licence. }
        """;

    [Fact]
    public void A_yes_no_fact_reads_the_fact_it_describes()
    {
        var (schema, diagnostics) = Load(Newly.Replace("  type: bool\n", "  type: bool\n  of: is_individual_business\n", StringComparison.Ordinal) + "\n" + Individual);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal("is_individual_business", schema.Find("newly_registered")!.Of);
        Assert.Null(schema.Find("is_individual_business")!.Of);
    }

    [Theory]
    [InlineData("no_such_fact")]
    [InlineData("newly_registered")] // itself
    public void Of_must_name_another_yes_no_fact(string of)
    {
        var (schema, diagnostics) = Load(Newly.Replace("  type: bool\n", $"  type: bool\n  of: {of}\n", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal($"content/facts.yml:1: error: fact 'newly_registered': of '{of}' must be the id of another yes/no (bool) fact in this file", error.ToString());
        Assert.Null(schema.Find("newly_registered")!.Of);
    }

    [Fact]
    public void A_yes_no_fact_reads_the_fact_that_ends_it()
    {
        var (schema, diagnostics) = Load(Individual.Replace("  type: bool\n", "  type: bool\n  ended_by: newly_registered\n", StringComparison.Ordinal) + "\n" + Newly);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal("newly_registered", schema.Find("is_individual_business")!.EndedBy);
        Assert.Null(schema.Find("newly_registered")!.EndedBy);
    }

    [Theory]
    [InlineData("no_such_fact")]
    [InlineData("newly_registered")] // itself
    public void Ended_by_must_name_another_yes_no_fact(string endedBy)
    {
        var (schema, diagnostics) = Load(Newly.Replace("  type: bool\n", $"  type: bool\n  ended_by: {endedBy}\n", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal($"content/facts.yml:1: error: fact 'newly_registered': ended_by '{endedBy}' must be the id of another yes/no (bool) fact in this file", error.ToString());
        Assert.Null(schema.Find("newly_registered")!.EndedBy);
    }

    [Fact]
    public void Words_for_no_on_a_number_fact_are_an_error_at_their_line()
    {
        var (_, diagnostics) = Load(Sales);

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal("content/facts.yml:9: error: fact 'monthly_sales_yuan': words_false is for yes/no (bool) facts only", error.ToString());
    }

    [Fact]
    public void An_event_is_read_on_a_yes_no_fact_and_is_an_error_at_its_line_on_any_other()
    {
        var (schema, diagnostics) = Load(Newly.Replace("  type: bool\n", "  type: bool\n  event: true\n", StringComparison.Ordinal));
        Assert.False(diagnostics.HasErrors);
        Assert.True(schema.Find("newly_registered")!.Event);

        var (_, onANumber) = Load(Sales.Replace("  words_false: { zh: [没生意] }", "  event: true", StringComparison.Ordinal));
        var error = Assert.Single(onANumber.Items, d => d.Severity == Severity.Error);
        Assert.Equal("content/facts.yml:9: error: fact 'monthly_sales_yuan': event is for yes/no (bool) facts only", error.ToString());
    }
}
