using System.Text.Json.Serialization;
using Policy.Bot.Citations;

namespace Policy.Bot.Answering;

/// <summary>The verdict of one rule, as the JSON result gives it (texts in the answer's language).</summary>
public sealed record EligibilityResult(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("benefit")] string Benefit,
    [property: JsonPropertyName("clause")] string Clause,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("conditions_met")] bool? ConditionsMet,
    [property: JsonPropertyName("missing")] IReadOnlyList<string> Missing,
    [property: JsonPropertyName("amount")] string? Amount,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons);

/// <summary>The bot's answer: the JSON result of <c>bot ask --json</c>, <c>--batch</c> and the server's <c>/api/chat</c>.</summary>
public sealed record BotResult
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("language")]
    public required string Language { get; init; }

    [JsonPropertyName("in_scope")]
    public required bool InScope { get; init; }

    [JsonPropertyName("answer")]
    public required string Answer { get; init; }

    [JsonPropertyName("citations")]
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    [JsonPropertyName("eligibility")]
    public IReadOnlyList<EligibilityResult> Eligibility { get; init; } = [];

    [JsonPropertyName("follow_up")]
    public string? FollowUp { get; init; }

    [JsonPropertyName("session")]
    public string? Session { get; init; }

    /// <summary>Set only on a batch line that could not be read; the other fields then say so politely.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>Which answerer produced the text: "default" or "model". Not part of the JSON contract.</summary>
    [JsonIgnore]
    public string Source { get; init; } = "default";
}
