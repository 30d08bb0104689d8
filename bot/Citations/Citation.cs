using System.Text.Json.Serialization;

namespace Policy.Bot.Citations;

/// <summary>One clause an answer relies on: shown as [n] in the answer, in the order of the list. <c>Document</c> names the policy it is in.</summary>
public sealed record Citation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("document")] string? Document = null)
{
    /// <summary>Between two sentences of one clause quoted together ("A……B"): each is in the clause, in this order.</summary>
    public const string Gap = "……";
}
