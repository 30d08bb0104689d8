using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Policy.Bot.Answering;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Plugins;

/// <summary>The rules engine, for the model: verdicts always come from here, never from the model's own reading.</summary>
public sealed class EligibilityPlugin(BotKnowledge knowledge, TimeProvider? clock = null)
{
    [KernelFunction("list_facts")]
    [Description("Lists the facts the eligibility rules use: id, type (yes_no, number, choice), allowed values and the question to ask the user.")]
    public string ListFacts([Description("The language of the questions: zh or en.")] string language = "zh")
    {
        var lang = PluginJson.Language(language);
        return PluginJson.Write(knowledge.FactSchema.Select(f => new
        {
            id = f.Id,
            type = f.Type switch { FactType.Bool => "yes_no", FactType.Number => "number", _ => "choice" },
            values = f.Options.Select(c => c.Value),
            question = f.Question.In(lang),
        }));
    }

    [KernelFunction("evaluate")]
    [Description("Evaluates every eligibility rule for the user's facts on a date. Returns per rule: the verdict (eligible, not_eligible, need_info, expired), the clause id, the benefit, the amount, the reasons and the missing facts in the order to ask them. Unknown facts are simply left out.")]
    public string Evaluate(
        [Description("The known facts as a JSON object of fact id to value, e.g. {\"taxpayer_kind\":\"small_scale\",\"monthly_sales_yuan\":120000}. Yes/no facts are true or false.")] string factsJson,
        [Description("The as-of date, YYYY-MM-DD; empty means today.")] string asOf = "",
        [Description("The language of benefits and reasons: zh or en.")] string language = "zh")
    {
        var lang = PluginJson.Language(language);
        var date = DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().DateTime);
        var facts = ReadFacts(factsJson);
        return PluginJson.Write(knowledge.Rules.Select(rule =>
        {
            var v = BotKnowledge.Evaluate(rule, facts, date);
            return new
            {
                rule = rule.Id,
                clause = rule.ClauseId,
                benefit = rule.Benefit.In(lang),
                verdict = v.Verdict.Name(),
                conditions_met = v.ConditionsMet,
                missing = v.Missing,
                amount = (v.Amount ?? rule.Amount)?.In(lang),
                how_to_apply = rule.Apply.In(lang),
                reasons = v.Reasons.Select(r => r.In(lang)),
            };
        }));
    }

    private static Dictionary<string, string> ReadFacts(string json)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return facts;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                facts[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.String => property.Value.GetString() ?? "",
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            // A malformed argument from the model means no facts, not a crash.
        }

        return facts;
    }
}
