using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Policy.Bot.Channels.WeChat;

/// <summary>
/// The WeChat Official Account server endpoint (公众号服务器配置): GET verifies the URL, POST answers messages with
/// passive replies, in plain mode (signature) or safe mode (encrypt_type=aes, msg_signature); compatible mode follows
/// the query. Anything unsigned, stale, malformed or oversized is refused before any processing.
/// </summary>
public static class WeChatApi
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The channel's settings (validated at start unless <c>WeChat:Enabled=false</c>) and services.</summary>
    public static IServiceCollection AddWeChatChannel(this IServiceCollection services)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration("WeChat").ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WeChatOptions>>().Value is { Enabled: true } o
            ? new WeChatCrypto(o.EncodingAesKey, o.AppId)
            : throw new InvalidOperationException("the WeChat channel is switched off (WeChat:Enabled=false)"));
        services.AddSingleton<WeChatChannel>();
        return services;
    }

    public static IEndpointRouteBuilder MapWeChatApi(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value.Enabled)
        {
            app.MapGet("/wechat", Verify);
            app.MapPost("/wechat", Receive);
        }

        return app;
    }

    private static IResult Verify(HttpRequest request, IOptions<WeChatOptions> settings, TimeProvider clock)
    {
        var q = request.Query;
        var options = settings.Value;
        if (!Fresh(q["timestamp"], options, clock) || !WeChatSignature.Matches(q["signature"], options.Token, q["timestamp"].ToString(), q["nonce"].ToString()))
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Text(q["echostr"].ToString(), "text/plain");
    }

    private static async Task<IResult> Receive(HttpContext context, IOptions<WeChatOptions> settings, WeChatCrypto crypto, WeChatChannel channel, TimeProvider clock)
    {
        var options = settings.Value;
        var q = context.Request.Query;
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
        if (!safeMode && !WeChatSignature.Matches(q["signature"], options.Token, timestamp, nonce))
        {
            return TypedResults.Unauthorized();
        }

        var message = WeChatMessage.Parse(body);
        if (message is null)
        {
            return TypedResults.BadRequest();
        }

        if (safeMode)
        {
            if (message.Encrypt is null || !WeChatSignature.Matches(q["msg_signature"], options.Token, timestamp, nonce, message.Encrypt))
            {
                return TypedResults.Unauthorized();
            }

            if (crypto.Decrypt(message.Encrypt) is not { } inner)
            {
                return TypedResults.Unauthorized();
            }

            message = WeChatMessage.Parse(inner);
            if (message is null)
            {
                return TypedResults.BadRequest();
            }
        }

        var text = await channel.ReplyAsync(message, context.RequestAborted);
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

        var encrypted = crypto.Encrypt(reply);
        var ts = now.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(options.Token, ts, nonce, encrypted);
        return TypedResults.Text(WeChatReply.Envelope(encrypted, signature, ts, nonce), "application/xml", Encoding.UTF8);
    }

    private static bool Fresh(string? timestamp, WeChatOptions options, TimeProvider clock) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) <= options.MaxClockSkew.TotalSeconds;

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
