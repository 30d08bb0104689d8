using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Policy.Bot.Server;

/// <summary>
/// The bot server: WeChat endpoint, web chat API, health check, and optionally the built site itself, so one
/// process shows the whole system. Configuration from appsettings, environment variables and the command line.
/// </summary>
public static class BotServer
{
    public const string CorsPolicy = "site";
    public const string ChatRateLimit = "chat-per-ip";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        // Options are read from the final configuration (after test hosts and the command line have added theirs).
        builder.Services.AddSingleton(sp => ServerOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => BotOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BotHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BotHost>());
        builder.Services.AddSingleton<WeChatConversation>();
        builder.Services.AddProblemDetails();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<ServerOptions>((o, server) =>
            o.AddPolicy(CorsPolicy, p => p.WithOrigins(server.Origins).WithMethods("GET", "POST").WithHeaders("Content-Type")));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<ServerOptions>(ConfigureRateLimits);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WeChatApi.MaxBodyBytes * 2);

        var app = builder.Build();
        // Never a stack trace: errors become a plain problem response.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
        ServeSite(app, ServerOptions.From(app.Configuration).SitePath);
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.MapHealthApi();
        app.MapChatApi();
        app.MapWeChatApi();
        return app;
    }

    private static void ConfigureRateLimits(RateLimiterOptions o, ServerOptions server)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(ChatRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, server.PerIpPerMinute), Window = TimeSpan.FromMinutes(1) }));
        o.OnRejected = async (context, token) =>
        {
            context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
            await context.HttpContext.Response.WriteAsync("{\"error\":\"too many questions: please wait a minute / 提问太频繁，请稍等一分钟\"}", token);
        };
        if (server.WeChatPerIpPerMinute > 0)
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => context.Request.Path.StartsWithSegments("/wechat")
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = server.WeChatPerIpPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("other"));
        }
    }

    /// <summary>The built site at the root, for the one-command demo; a static host serves it in production.</summary>
    private static void ServeSite(WebApplication app, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !Directory.Exists(path))
        {
            return;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(path));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == 404 && !context.Response.HasStarted && HttpMethods.IsGet(context.Request.Method) && files.GetFileInfo("404.html") is { Exists: true } notFound)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
    }
}
