using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Policy.Bot.WeChat;

namespace Policy.Bot.Server;

/// <summary>
/// The WeChat Official Account server endpoint (公众号服务器配置): GET verifies the URL, POST answers messages with
/// passive replies, in plain mode (signature) or safe mode (encrypt_type=aes, msg_signature); compatible mode follows
/// the query. Anything unsigned, stale, malformed or oversized is refused before any processing.
/// </summary>
public static class WeChatApi
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeChatApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/wechat", Verify);
        app.MapPost("/wechat", Receive);
        return app;
    }

    private static IResult Verify(HttpRequest request, ServerOptions options, TimeProvider clock)
    {
        var q = request.Query;
        if (!Fresh(q["timestamp"], options, clock) || !WeChatSignature.Matches(q["signature"], options.WeChat.Token, q["timestamp"].ToString(), q["nonce"].ToString()))
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Text(q["echostr"].ToString(), "text/plain");
    }

    private static async Task<IResult> Receive(HttpContext context, ServerOptions options, WeChatConversation conversation, TimeProvider clock, ILogger<WeChatConversation> log)
    {
        var request = context.Request;
        var q = request.Query;
        string timestamp = q["timestamp"].ToString(), nonce = q["nonce"].ToString();
        if (!Fresh(timestamp, options, clock))
        {
            return TypedResults.Unauthorized();
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var safeMode = string.Equals(q["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase);
        var crypto = options.WeChat.EncodingAesKey is { Length: 43 } key ? new WeChatCrypto(key, options.WeChat.AppId) : null;
        if (!safeMode && !WeChatSignature.Matches(q["signature"], options.WeChat.Token, timestamp, nonce))
        {
            return TypedResults.Unauthorized();
        }

        var outer = WeChatMessage.Parse(body);
        if (outer is null)
        {
            return TypedResults.BadRequest();
        }

        var message = outer;
        if (safeMode)
        {
            if (crypto is null || outer.Encrypt is null || !WeChatSignature.Matches(q["msg_signature"], options.WeChat.Token, timestamp, nonce, outer.Encrypt))
            {
                return TypedResults.Unauthorized();
            }

            var inner = crypto.Decrypt(outer.Encrypt);
            if (inner is null)
            {
                return TypedResults.Unauthorized();
            }

            message = WeChatMessage.Parse(inner);
            if (message is null)
            {
                return TypedResults.BadRequest();
            }
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(options.WeChat.ReplyDeadline - TimeSpan.FromMilliseconds(300));
        string? text;
        try
        {
            text = await conversation.ReplyAsync(message, deadline.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            log.LogWarning("A WeChat reply missed its deadline");
            text = WeChatTexts.Busy;
        }

        if (text is null)
        {
            return TypedResults.Text("success", "text/plain");
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var reply = WeChatReply.Text(message.FromUserName, message.ToUserName, now, text);
        if (!safeMode)
        {
            return TypedResults.Text(reply, "application/xml", Encoding.UTF8);
        }

        var encrypted = crypto!.Encrypt(reply);
        var ts = now.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(options.WeChat.Token, ts, nonce, encrypted);
        return TypedResults.Text(WeChatReply.Envelope(encrypted, signature, ts, nonce), "application/xml", Encoding.UTF8);
    }

    private static bool Fresh(string? timestamp, ServerOptions options, TimeProvider clock) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) <= options.WeChat.MaxClockSkew.TotalSeconds;

    /// <summary>The body as text, or null when it is over 64 KB (read no further than that).</summary>
    private static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var total = 0;
            int read;
            while (total <= MaxBodyBytes && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(total, MaxBodyBytes + 1 - total), context.RequestAborted)) > 0)
            {
                total += read;
            }

            return total > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
