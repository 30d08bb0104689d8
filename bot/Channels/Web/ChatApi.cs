using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Policy.Bot.Answering;
using Policy.Bot.Conversations;

namespace Policy.Bot.Channels.Web;

/// <summary>The web chat API used by the site's chat widget: the same JSON as <c>bot ask --json</c>.</summary>
public static partial class ChatApi
{
    public const string Name = "web";
    public const string CorsPolicy = "site";
    public const string RateLimit = "chat-per-ip";

    public sealed record ChatRequest(string? Question, string? Session, [property: JsonPropertyName("as_of")] string? AsOf);

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat", Chat).RequireCors(CorsPolicy).RequireRateLimiting(RateLimit);
        return app;
    }

    private static async Task<Results<ContentHttpResult, BadRequest<ProblemMessage>, JsonHttpResult<ProblemMessage>>> Chat(ChatRequest? request, ConversationService conversations, CancellationToken aborted)
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

        // An id is taken whole or refused: cutting a long one would let two clients share a session.
        if (request.Session is not null && !SessionForm().IsMatch(request.Session))
        {
            return TypedResults.BadRequest(new ProblemMessage("session must be 1–64 letters, digits, '-' or '_'"));
        }

        var session = request.Session ?? "s" + Guid.NewGuid().ToString("N");
        var answer = await conversations.WithinBudgetAsync(
            token => conversations.AskAsync(new ConversationMessage(Name, session, request.Question, asOf), token),
            new ConversationAnswer(null, ConversationTexts.Busy),
            aborted);
        if (answer.Result is not { } result)
        {
            var status = answer.FixedText == ConversationTexts.TooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
            return TypedResults.Json(new ProblemMessage(answer.FixedText!), statusCode: status);
        }

        // The client gets its own id back to continue the conversation, never the stored (hashed) key.
        return TypedResults.Content(BotJson.Serialize(result with { Session = session }), "application/json; charset=utf-8");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionForm();
}

public sealed record ProblemMessage([property: JsonPropertyName("error")] string Error);
