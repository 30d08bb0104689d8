using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The engine's semantics, on the real rules: exact boundaries, dates, and never a guess.</summary>
public sealed class RuleEvaluatorTests
{
    private static readonly DateOnly June = new(2022, 6, 1);

    private static Rule Rule(string id) => RepositoryContent.Content.FindRule(id) ?? throw new InvalidOperationException($"no rule {id}");

    private static RuleResult Evaluate(string rule, DateOnly asOf, params (string Fact, string Value)[] facts) =>
        RuleEvaluator.Evaluate(Rule(rule), facts.ToDictionary(f => f.Fact, f => f.Value), asOf);

    [Fact]
    public void A_fact_that_describes_one_answered_no_is_no()
    {
        // newly_registered is "of" is_individual_business: a new company is no newly established individual business.
        var company = Evaluate("new-business-free-seal", June, ("newly_registered", "true"), ("is_individual_business", "false"));
        var unknownKind = Evaluate("new-business-free-seal", June, ("newly_registered", "true"));
        var onlyNotIndividual = Evaluate("new-business-free-seal", June, ("is_individual_business", "false"));

        Assert.Equal(Verdict.NotEligible, company.Verdict);
        Assert.Equal(Verdict.Eligible, unknownKind.Verdict);
        Assert.Equal(Verdict.NotEligible, onlyNotIndividual.Verdict);
    }

    [Fact]
    public void A_fact_ended_by_one_answered_yes_is_no()
    {
        // is_individual_business is ended_by converted_to_company: a business converted to a company is no longer one.
        var converted = Evaluate("income-tax-halved", June, ("is_individual_business", "true"), ("converted_to_company", "true"), ("annual_taxable_income_yuan", "500000"));
        var notConverted = Evaluate("income-tax-halved", June, ("is_individual_business", "true"), ("converted_to_company", "false"), ("annual_taxable_income_yuan", "500000"));
        var convertedOnly = Evaluate("income-tax-halved", June, ("converted_to_company", "true"));

        Assert.Equal(Verdict.NotEligible, converted.Verdict);
        Assert.Equal(Verdict.Eligible, notConverted.Verdict);
        Assert.Equal(Verdict.NotEligible, convertedOnly.Verdict);

        // newly_registered is ended by it too: a company converted from an individual business is no newly established one
        // (its seal is the conversion's, measure 9).
        Assert.Equal(Verdict.NotEligible, Evaluate("new-business-free-seal", June, ("newly_registered", "true"), ("converted_to_company", "true")).Verdict);
    }

    [Fact]
    public void Monthly_sales_of_exactly_150000_are_eligible_and_150001_are_not()
    {
        var at = Evaluate("vat-exemption", June, ("taxpayer_kind", "small_scale"), ("monthly_sales_yuan", "150000"));
        var over = Evaluate("vat-exemption", June, ("taxpayer_kind", "small_scale"), ("monthly_sales_yuan", "150001"));

        Assert.Equal(Verdict.Eligible, at.Verdict);
        Assert.Equal("jincheng-2022-67#measure-5", at.ClauseId);
        Assert.Equal("免征增值税", at.Amount?.Zh);
        Assert.Equal(Verdict.NotEligible, over.Verdict);
        Assert.False(over.ConditionsMet);
        Assert.Equal("您的月销售额超过15万元的上限。", over.Reasons.Single().Zh);
        Assert.Equal("Monthly sales must be at most 150,000 yuan, and you gave more.", over.Reasons.Single().En);
        Assert.Null(over.Amount);
    }

    [Fact]
    public void The_last_day_is_eligible_and_the_next_day_is_expired_saying_whether_the_conditions_were_met()
    {
        var lastDay = Evaluate("vat-exemption", new DateOnly(2022, 12, 31), ("taxpayer_kind", "small_scale"), ("monthly_sales_yuan", "150000"));
        var nextDay = Evaluate("vat-exemption", new DateOnly(2023, 1, 1), ("taxpayer_kind", "small_scale"), ("monthly_sales_yuan", "150000"));
        var nextDayUnknown = Evaluate("vat-exemption", new DateOnly(2023, 1, 1));

        Assert.Equal(Verdict.Eligible, lastDay.Verdict);
        Assert.Equal(Verdict.Expired, nextDay.Verdict);
        Assert.True(nextDay.ConditionsMet);
        Assert.Equal("这项政策已于2022年12月31日到期，现在不能再享受。", nextDay.Reasons[0].Zh);
        Assert.Equal("This provision ended on 31 December 2022; it can no longer be claimed.", nextDay.Reasons[0].En);
        Assert.Null(nextDay.Amount);
        Assert.Equal(Verdict.Expired, nextDayUnknown.Verdict);
        Assert.Null(nextDayUnknown.ConditionsMet);
        Assert.Single(nextDayUnknown.Reasons);
    }

    [Fact]
    public void Missing_facts_are_asked_in_the_order_of_the_conditions()
    {
        var nothing = Evaluate("vat-exemption", June);
        var half = Evaluate("vat-exemption", June, ("taxpayer_kind", "small_scale"));

        Assert.Equal(Verdict.NeedInfo, nothing.Verdict);
        Assert.Equal(["taxpayer_kind", "monthly_sales_yuan"], nothing.Missing);
        Assert.Equal(["monthly_sales_yuan"], half.Missing);
        Assert.Equal("尚不能判断，还要看月销售额是否不超过15万元。", half.Reasons.Single().Zh);
        Assert.Equal("Cannot tell yet: it depends on whether your monthly sales are at most 150,000 yuan.", half.Reasons.Single().En);
        Assert.Equal("Cannot tell yet: it depends on whether your VAT taxpayer type is small-scale VAT taxpayer and whether your monthly sales are at most 150,000 yuan.", nothing.Reasons.Single().En);
        Assert.Equal("尚不能判断，还要看增值税纳税人类型是否为增值税小规模纳税人，以及月销售额是否不超过15万元。", nothing.Reasons.Single().Zh);
        Assert.Equal("taxpayer_kind", RuleEvaluator.NextQuestion(RuleEvaluator.EvaluateAll(RepositoryContent.Content.Rules, new Dictionary<string, string>(), June)));
    }

    [Fact]
    public void A_known_failed_condition_decides_even_while_another_fact_is_unknown()
    {
        var result = Evaluate("vat-exemption", June, ("taxpayer_kind", "general"));

        Assert.Equal(Verdict.NotEligible, result.Verdict);
        Assert.False(result.ConditionsMet);
        Assert.Empty(result.Missing);
        Assert.Equal("这项政策要求增值税小规模纳税人，根据您的回答，您的情况不符合。", result.Reasons.Single().Zh);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1e5")]
    [InlineData("150,000")]
    [InlineData("１５００００")]
    [InlineData("100000001")]
    public void A_value_the_schema_does_not_accept_is_unknown_not_guessed(string sales)
    {
        var result = Evaluate("vat-exemption", June, ("taxpayer_kind", "small_scale"), ("monthly_sales_yuan", sales));

        Assert.Equal(Verdict.NeedInfo, result.Verdict);
        Assert.Equal(["monthly_sales_yuan"], result.Missing);
    }

    [Fact]
    public void Income_tax_halving_has_no_threshold_at_one_million()
    {
        Assert.Equal(Verdict.Eligible, Evaluate("income-tax-halved", June, ("is_individual_business", "true"), ("annual_taxable_income_yuan", "1000000")).Verdict);
        Assert.Equal(Verdict.Eligible, Evaluate("income-tax-halved", June, ("is_individual_business", "true"), ("annual_taxable_income_yuan", "1000001")).Verdict);
        Assert.Equal(Verdict.NotEligible, Evaluate("income-tax-halved", June, ("is_individual_business", "true"), ("annual_taxable_income_yuan", "0")).Verdict);
        Assert.Contains("不超过100万元的部分", Rule("income-tax-halved").Amount!.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void State_owned_rent_relief_covers_the_calendar_year_2022()
    {
        (string, string)[] facts = [("is_individual_business", "true"), ("rents_state_owned_premises", "true")];

        Assert.Equal(Verdict.NotEligible, Evaluate("state-owned-rent-relief", new DateOnly(2021, 12, 31), facts).Verdict);
        Assert.Equal(Verdict.Eligible, Evaluate("state-owned-rent-relief", new DateOnly(2022, 1, 1), facts).Verdict);
        Assert.Equal(Verdict.Eligible, Evaluate("state-owned-rent-relief", new DateOnly(2022, 12, 31), facts).Verdict);
        Assert.Equal(Verdict.Expired, Evaluate("state-owned-rent-relief", new DateOnly(2023, 1, 1), facts).Verdict);
    }

    [Fact]
    public void Company_conversion_gives_exact_amounts_only_when_eligible()
    {
        Assert.Equal(1200m, Evaluate("company-conversion-account-subsidy", June, ("converted_to_company", "true")).AmountYuan);
        Assert.Equal(3000m, Evaluate("company-conversion-reward", June, ("converted_to_company", "true")).AmountYuan);
        Assert.Null(Evaluate("company-conversion-reward", June, ("converted_to_company", "false")).AmountYuan);
        Assert.Null(Evaluate("company-conversion-reward", June).AmountYuan);
    }

    [Fact]
    public void First_minor_violation_shows_the_promise_to_correct_without_evaluating_it()
    {
        var rule = Rule("first-violation-no-penalty");

        Assert.Equal("first_minor_violation", Assert.Single(rule.FactIds));
        Assert.Contains("承诺整改", Assert.Single(rule.NotChecked).Zh, StringComparison.Ordinal);
        Assert.Equal(Verdict.Eligible, Evaluate(rule.Id, new DateOnly(2030, 1, 1), ("first_minor_violation", "true")).Verdict);
    }
}
