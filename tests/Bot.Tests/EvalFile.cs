using System.Text.Json;

namespace Policy.Bot.Tests;

/// <summary>One eval question and what is expected of its answer, as written in tests/eval/bot-*.jsonl.</summary>
internal sealed record EvalCase(
    string Id,
    bool? InScope,
    IReadOnlyList<string> CiteAny,
    bool CiteNone,
    IReadOnlyDictionary<string, string> Verdicts,
    string Language,
    bool? FollowUp)
{
    /// <summary>Verdicts the answer must not give, per clause ("verdict_not").</summary>
    public IReadOnlyDictionary<string, string> NotVerdicts { get; init; } = new Dictionary<string, string>();

    /// <summary>Texts the answer must all contain ("answer_contains_all"), case-insensitive.</summary>
    public IReadOnlyList<string> ContainsAll { get; init; } = [];

    /// <summary>Groups of texts; the answer must contain one of each group ("answer_contains_any"), case-insensitive.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ContainsAny { get; init; } = [];

    public static IReadOnlyList<EvalCase> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    private static EvalCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var expect = root.GetProperty("expect");
        var question = root.GetProperty("question").GetString() ?? "";
        string? Str(string name) => expect.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        bool? Bool(string name) => expect.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
        return new EvalCase(
            root.GetProperty("id").GetString()!,
            Bool("in_scope"),
            expect.TryGetProperty("cite_any", out var cites) ? cites.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
            Bool("cite_none") == true,
            expect.TryGetProperty("verdict", out var verdicts) ? verdicts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : new Dictionary<string, string>(),
            // The dev file marks only English questions; the rest are Chinese.
            Str("language") ?? (question.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh" : "en"),
            Bool("follow_up"))
        {
            NotVerdicts = expect.TryGetProperty("verdict_not", out var not) ? not.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : new Dictionary<string, string>(),
            ContainsAll = expect.TryGetProperty("answer_contains_all", out var all) ? all.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
            ContainsAny = expect.TryGetProperty("answer_contains_any", out var any)
                ? any.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(c => c.GetString()!).ToList()).ToList()
                : [],
        };
    }
}
