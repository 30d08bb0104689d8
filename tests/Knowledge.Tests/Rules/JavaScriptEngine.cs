using System.Diagnostics;
using System.Text.Json.Nodes;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>One evaluation to run in both engines.</summary>
internal sealed record Evaluation(Rule Rule, IReadOnlyDictionary<string, string> Facts, DateOnly AsOf, string Label);

/// <summary>The page's engine (templates/assets/rules.js) run under node, fed the same JSON the page gets.</summary>
internal static class JavaScriptEngine
{
    public sealed record Answers(IReadOnlyList<JsonNode?> Evaluations, IReadOnlyList<bool> Accepts, IReadOnlyList<bool> Dates);

    public static Answers Run(ContentSet content, IEnumerable<Evaluation> evaluations, IEnumerable<(string Fact, string Raw)> accepts, IEnumerable<string> dates)
    {
        var request = new JsonObject
        {
            ["data"] = JsonNode.Parse(RulesJson.Write(content, content.Rules)),
            ["evaluations"] = new JsonArray(evaluations.Select(e => (JsonNode)new JsonObject
            {
                ["rule"] = e.Rule.Id,
                ["facts"] = new JsonObject(e.Facts.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))),
                ["as_of"] = Iso(e.AsOf),
            }).ToArray()),
            ["accepts"] = new JsonArray(accepts.Select(a => (JsonNode)new JsonObject { ["fact"] = a.Fact, ["raw"] = a.Raw }).ToArray()),
            ["dates"] = new JsonArray(dates.Select(d => (JsonNode)d).ToArray()),
        };

        var start = new ProcessStartInfo("node", [RepositoryContent.Runner, RepositoryContent.RulesJs])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: the conformance test needs node on the PATH");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(request.ToJsonString());
        node.StandardInput.Close();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {node.ExitCode}: {errors.Result}");
        }

        var answer = JsonNode.Parse(output.Result)!;
        return new Answers(
            answer["evaluations"]!.AsArray().ToList(),
            answer["accepts"]!.AsArray().Select(n => n!.GetValue<bool>()).ToList(),
            answer["dates"]!.AsArray().Select(n => n!.GetValue<bool>()).ToList());
    }

    /// <summary>A C# result in the shape rules.js returns, to compare as JSON text.</summary>
    public static JsonObject Shape(RuleResult result) => new()
    {
        ["rule"] = result.Rule.Id,
        ["clause"] = result.ClauseId,
        ["verdict"] = result.Verdict.Name(),
        ["conditions_met"] = result.ConditionsMet,
        ["missing"] = new JsonArray(result.Missing.Select(m => (JsonNode)m).ToArray()),
        ["reasons"] = new JsonArray(result.Reasons.Select(Text).ToArray()),
        ["amount"] = result.Amount is null ? null : Text(result.Amount),
        ["amount_yuan"] = result.AmountYuan is { } yuan ? JsonValue.Create(yuan) : null,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonNode Text(LocalizedText text) => new JsonObject { ["zh"] = text.Zh, ["en"] = text.En };
}
