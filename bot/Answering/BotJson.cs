using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Bot.Answering;

/// <summary>The one JSON form of results: Chinese stays readable (no \u escapes), nulls are written as the contract shows.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(BotResult result) => JsonSerializer.Serialize(result, Options);
}
