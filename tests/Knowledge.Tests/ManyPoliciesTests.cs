using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;
using Loaded = Policy.Knowledge.Tests.Rules.RepositoryContent;

namespace Policy.Knowledge.Tests;

/// <summary>Several policies from several issuers: declared section kinds, regions, status and relations (the many-policies fixture).</summary>
public sealed class ManyPoliciesTests
{
    private static readonly ContentSet Content = Loaded.ManyPolicies;
    private static readonly DateOnly June2024 = new(2024, 6, 1);

    [Fact]
    public void Section_kinds_come_from_the_heading_whatever_the_anchor()
    {
        var county = Content.FindPolicy("demo-zezhou-2024-5")!.Chinese;
        var repealed = Content.FindPolicy("demo-city-2021-9")!.Chinese;

        Assert.Equal(SectionKind.Measure, county.Find("item-1")!.Kind);
        Assert.Equal(SectionKind.Measure, county.Find("item-2")!.Kind);
        Assert.Equal(SectionKind.Article, repealed.Find("article-1")!.Kind);
        Assert.Equal(SectionKind.Measure, repealed.Find("article-2")!.Kind);
        Assert.Equal(SectionKind.Measure, Content.FindClause("demo-city-2021-9#article-2", Languages.English)!.Kind);
        Assert.Equal(1, Content.FindPolicy("demo-city-2021-9")!.Chinese.Sections.Count(s => s.Kind == SectionKind.Measure));
    }

    [Fact]
    public void The_first_policy_declares_the_kinds_its_anchors_always_meant()
    {
        var policy = Loaded.Content.FindPolicy("jincheng-2022-67")!;

        foreach (var document in new[] { policy.Chinese, policy.English! })
        {
            Assert.Equal(35, document.Sections.Count);
            Assert.All(document.Sections, s => Assert.Equal(SectionKinds.Default(s.Anchor, s.Level), s.Kind));
        }

        Assert.Equal(20, policy.Chinese.Sections.Count(s => s.Kind == SectionKind.Measure));
    }

    [Fact]
    public void The_closing_words_signature_and_date_belong_to_the_document_not_its_last_item()
    {
        var county = Content.FindPolicy("demo-zezhou-2024-5")!.Chinese;

        Assert.Equal(["本通知自印发之日起施行，有效期至2025年12月31日。", "泽州县示例局", "2024年5月10日"], county.Closing);
        Assert.DoesNotContain("本通知", county.Find("item-2")!.Text, StringComparison.Ordinal);
        Assert.EndsWith("（责任单位：县市场监管局）", county.Find("item-2")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_names_its_region_by_name_and_city_wide_is_the_default()
    {
        Assert.Equal("zezhou", Content.FindPolicy("demo-zezhou-2024-5")!.Region.Id);
        Assert.True(Content.FindPolicy("demo-city-2024-3")!.Region.CityWide);
        Assert.Equal("jincheng", Content.FindPolicy("demo-city-2024-3")!.Region.Id);
        Assert.Same(Content.Regions.Resolve("阳城"), Content.Regions.Resolve("阳城县"));
        Assert.Equal(6, Content.Regions.Divisions.Count());
    }

    [Fact]
    public void The_region_fact_offers_the_divisions_and_knows_their_everyday_names()
    {
        var fact = Content.Facts.Find(FactSchema.RegionFact)!;

        Assert.Equal(["chengqu", "zezhou", "gaoping", "yangcheng", "lingchuan", "qinshui"], fact.Options.Select(o => o.Value));
        Assert.Contains("阳城", fact.Option("yangcheng")!.WordsZh);
        Assert.Contains("Yangcheng", fact.Option("yangcheng")!.WordsEn);
        Assert.Equal("登记在泽州县", fact.Option("zezhou")!.Label.Zh);
    }

    [Fact]
    public void A_county_rule_applies_only_to_businesses_registered_in_that_county()
    {
        var rule = Content.FindRule("zezhou-rent-relief")!;
        var facts = new Dictionary<string, string> { ["is_individual_business"] = "true", ["rents_state_owned_premises"] = "true" };

        Assert.Equal(FactSchema.RegionFact, rule.Conditions[0].Fact.Id);
        Assert.Equal(Verdict.Eligible, RuleEvaluator.Evaluate(rule, new Dictionary<string, string>(facts) { ["registered_region"] = "zezhou" }, June2024).Verdict);
        Assert.Equal(Verdict.NotEligible, RuleEvaluator.Evaluate(rule, new Dictionary<string, string>(facts) { ["registered_region"] = "yangcheng" }, June2024).Verdict);
        var unknown = RuleEvaluator.Evaluate(rule, facts, June2024);
        Assert.Equal(Verdict.NeedInfo, unknown.Verdict);
        Assert.Equal([FactSchema.RegionFact], unknown.Missing);
    }

    [Fact]
    public void The_place_of_registration_is_asked_only_when_a_regional_rule_is_in_play()
    {
        Assert.DoesNotContain(Content.FindRule("city-free-seal")!.Conditions, c => c.Fact.Id == FactSchema.RegionFact);
        Assert.DoesNotContain(Loaded.Content.Rules.SelectMany(r => r.Conditions), c => c.Fact.Id == FactSchema.RegionFact);
    }

    [Fact]
    public void Status_and_relations_read_in_both_directions()
    {
        var old = Content.FindPolicy("demo-city-2021-9")!;

        Assert.Equal(PolicyStatus.Repealed, old.Status);
        Assert.Equal(PolicyStatus.InForce, Content.FindPolicy("demo-city-2024-3")!.Status);
        Assert.Equal([new PolicyRelation(RelationKind.Supersedes, "demo-city-2024-3", Inverse: true)], Content.RelationsOf(old.Id));
        Assert.Equal([new PolicyRelation(RelationKind.Supersedes, "demo-city-2021-9", Inverse: false)], Content.RelationsOf("demo-city-2024-3"));
        Assert.Equal("demo-city-2024-3", Content.ReplacementOf(old.Id)!.Id);
        Assert.Null(Content.ReplacementOf("demo-city-2024-3"));
        Assert.Equal(new DateOnly(2025, 12, 31), Content.FindPolicy("demo-zezhou-2024-5")!.Meta.ValidUntil);
    }

    [Fact]
    public void The_rules_of_a_repealed_policy_are_kept_for_its_page_but_not_in_force()
    {
        Assert.Contains(Content.Rules, r => r.Id == "city-opening-grant");
        Assert.DoesNotContain(Content.RulesInForce, r => r.Id == "city-opening-grant");
        Assert.Equal(["city-free-seal", "zezhou-rent-relief"], Content.RulesInForce.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Loaded.Content.Rules, Loaded.Content.RulesInForce);
    }
}
