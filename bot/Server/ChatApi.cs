using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Policy.Bot.Answering;

namespace Policy.Bot.Server;

/// <summary>The web chat API used by the site's chat widget: the same JSON as <c>bot ask --json</c>.</summary>
public static class ChatApi
{
    public sealed record ChatRequest(string? Question, string? Session, [property: JsonPropertyName("as_of")] string? AsOf);

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat", Chat).RequireCors(BotServer.CorsPolicy).RequireRateLimiting(BotServer.ChatRateLimit);
        return app;
    }

    private static async Task<Results<ContentHttpResult, BadRequest<ProblemMessage>>> Chat(ChatRequest? request, BotHost host, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.BadRequest(new ProblemMessage("send JSON: {\"question\": \"…\", \"session\": \"…\", \"as_of\": \"YYYY-MM-DD\"}"));
        }

        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(request.AsOf))
        {
            if (!DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return TypedResults.BadRequest(new ProblemMessage("as_of must be a date written YYYY-MM-DD"));
            }

            asOf = date;
        }

        var session = string.IsNullOrWhiteSpace(request.Session) ? null : "web-" + request.Session.Trim()[..Math.Min(64, request.Session.Trim().Length)];
        var bot = await host.Ready.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        var result = await bot.AskAsync(new BotRequest(request.Question, session, asOf), cancellationToken);
        return TypedResults.Content(BotJson.Serialize(result), "application/json; charset=utf-8");
    }
}

public sealed record ProblemMessage(string Error);
