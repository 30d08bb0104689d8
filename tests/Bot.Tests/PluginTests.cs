using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Policy.Bot.Plugins;

namespace Policy.Bot.Tests;

/// <summary>The kernel plugins the optional model calls: their descriptions are the contract, their JSON the answers.</summary>
public class PluginTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Theory]
    [InlineData(typeof(PolicySearchPlugin))]
    [InlineData(typeof(EligibilityPlugin))]
    [InlineData(typeof(ClauseLookupPlugin))]
    [InlineData(typeof(UnitsPlugin))]
    public void Every_kernel_function_and_parameter_is_described(Type plugin)
    {
        var functions = plugin.GetMethods().Where(m => m.GetCustomAttribute<KernelFunctionAttribute>() is not null).ToList();

        Assert.NotEmpty(functions);
        Assert.All(functions, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetCustomAttribute<DescriptionAttribute>()?.Description));
            Assert.All(f.GetParameters(), p => Assert.NotNull(p.GetCustomAttribute<DescriptionAttribute>()));
        });
    }

    [Fact]
    public void Search_returns_clause_ids_titles_and_urls()
    {
        var results = Json(new PolicySearchPlugin(TestBots.Knowledge).Search("免征增值税", "zh", 3));

        var first = results[0];
        Assert.Equal("jincheng-2022-67#measure-5", first.GetProperty("id").GetString());
        Assert.EndsWith("/zh/policies/jincheng-2022-67/#measure-5", first.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_gives_the_rules_engine_verdicts()
    {
        var results = Json(new EligibilityPlugin(TestBots.Knowledge).Evaluate("{\"taxpayer_kind\":\"small_scale\",\"monthly_sales_yuan\":150001}", "2022-06-01"));

        var vat = results.EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "vat-exemption");
        Assert.Equal("not_eligible", vat.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Eligibility_treats_malformed_facts_as_none(string facts)
    {
        var results = Json(new EligibilityPlugin(TestBots.Knowledge).Evaluate(facts, "2022-06-01"));

        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("verdict").GetString() == "need_info");
    }

    [Fact]
    public void Clause_lookup_gives_the_sentences_to_quote_and_rejects_unknown_ids()
    {
        var plugin = new ClauseLookupPlugin(TestBots.Knowledge);

        var clause = Json(plugin.GetClause("jincheng-2022-67#measure-8", "en"));
        var missing = Json(plugin.GetClause("jincheng-2022-67#measure-99"));

        Assert.Contains(clause.GetProperty("sentences").EnumerateArray(), s => s.GetString()!.Contains("state-owned premises", StringComparison.Ordinal));
        Assert.True(missing.TryGetProperty("error", out _));
    }

    [Fact]
    public void Units_name_who_is_responsible_both_ways()
    {
        var plugin = new UnitsPlugin(TestBots.Knowledge);

        var units = Json(plugin.UnitsForClause("jincheng-2022-67#measure-5"));
        var clauses = Json(plugin.ClausesForUnit("市税务局"));

        Assert.Equal("tax", units[0].GetProperty("id").GetString());
        Assert.Contains(clauses.GetProperty("clauses").EnumerateArray(), c => c.GetProperty("id").GetString() == "jincheng-2022-67#measure-5");
    }
}
