using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Policy.Bot.Server;

/// <summary>
/// One short line per request — method, path, status, time — and never the query string, which carries WeChat's
/// <c>openid</c> and signatures. A client that hangs up, or sends a body that is cut short, is one Information line,
/// not an error with a stack trace: it is the client's doing.
/// </summary>
public static class RequestLog
{
    public const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Policy.Bot.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var request = context.Request;
            try
            {
                await next(context);
            }
            catch (Exception error) when (ClientFault(context, error))
            {
                var reason = context.RequestAborted.IsCancellationRequested || error is ConnectionResetException or OperationCanceledException
                    ? "the client closed the connection"
                    : "the request was cut short or malformed";
                log.LogInformation("{Method} {Path}: {Reason}", request.Method, request.Path.Value, reason);
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = error is BadHttpRequestException bad && !context.RequestAborted.IsCancellationRequested ? bad.StatusCode : ClientClosedRequest;
                }

                return;
            }

            var level = request.Path.StartsWithSegments("/healthz") && context.Response.StatusCode == StatusCodes.Status200OK ? LogLevel.Debug : LogLevel.Information;
            log.Log(level, "{Method} {Path} {Status} {Milliseconds:0} ms", request.Method, request.Path.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
    }

    private static bool ClientFault(HttpContext context, Exception error) =>
        error is BadHttpRequestException or ConnectionResetException
        || (error is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested);
}
