using System.Text.Json;
using System.Text.Json.Serialization;

namespace Policy.Bot.Sessions;

/// <summary>The one JSON form of a session, shared by every store.</summary>
public static class SessionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(SessionState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>The session, or null when the stored text is not a session (a damaged row is treated as no session).</summary>
    public static SessionState? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SessionState>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
