using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Bot.Plugins;

/// <summary>Plugins answer the model in compact JSON with readable Chinese.</summary>
internal static class PluginJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string Language(string? language) => language?.Trim().ToLowerInvariant() == "en" ? "en" : "zh";
}
