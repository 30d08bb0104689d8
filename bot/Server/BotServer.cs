using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Policy.Bot.Channels.WeChat;
using Policy.Bot.Channels.Web;
using Policy.Bot.Hosting;

namespace Policy.Bot.Server;

/// <summary>
/// The bot server: the channels (WeChat, web chat), health, and optionally the built site itself, so one process shows
/// the whole system. Configuration from appsettings, environment variables and the command line.
/// </summary>
public static class BotServer
{
    /// <summary>Runs the server; a configuration or start-up error is one clear line on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var app = Create(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception error) when (StartupError.Describe(error) is { } message)
        {
            await Console.Error.WriteLineAsync($"error: the bot server did not start: {message}");
            return 1;
        }
    }

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder([.. args, HostSettings.NoReloadOnChange]);
        // Defaults that any appsettings, environment variable or argument overrides.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
                ["Logging:Console:FormatterName"] = "simple",
            },
        });
        ConfigureLogging(builder.Logging, builder.Services);
        builder.Services.AddPolicyBot(builder.Configuration);
        builder.Services.AddWeChatChannel();
        var configuration = builder.Configuration;
        builder.Services.Configure<SiteOptions>(o =>
        {
            o.Path = configuration["Site:Path"];
            o.Origins = configuration.List("Site:Origins") ?? [];
        });
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimit");
        builder.Services.Configure<ProxyOptions>(o =>
        {
            o.KnownProxies = configuration.List("Proxy:KnownProxies") ?? o.KnownProxies;
            o.KnownNetworks = configuration.List("Proxy:KnownNetworks") ?? o.KnownNetworks;
        });
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>(ConfigureProxies);
        builder.Services.AddProblemDetails();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<SiteOptions>>((o, site) =>
            o.AddPolicy(ChatApi.CorsPolicy, p => p.WithOrigins(site.Value.Origins).WithMethods("GET", "POST").WithHeaders("Content-Type")));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) => ConfigureRateLimits(o, limits.Value));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WeChatApi.MaxBodyBytes * 2);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        // Never a stack trace: errors become a plain problem response.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
        app.UseRequestLog(); // inside the exception handler, so a client's own fault never reaches it as an error
        ServeSite(app, app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.Path);
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.MapHealthApi();
        app.MapChatApi();
        app.MapWeChatApi();
        return app;
    }

    /// <summary>
    /// One short line per entry (the console's "simple" format; <c>Logging:Console:FormatterName=json</c> for a log
    /// shipper). The framework's own request lines carry the query string (WeChat's openid): they stay off whatever
    /// the configuration says, and <see cref="RequestLog"/> writes the line instead.
    /// </summary>
    public static void ConfigureLogging(ILoggingBuilder logging, IServiceCollection services)
    {
        logging.ClearProviders();
        logging.AddConsole();
        services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.IncludeScopes = false;
        });
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
    }

    private static void ConfigureProxies(ForwardedHeadersOptions o, IOptions<ProxyOptions> proxies)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.Value.KnownProxies)
        {
            o.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.Value.KnownNetworks)
        {
            o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    private static void ConfigureRateLimits(RateLimiterOptions o, RateLimitOptions limits)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(ChatApi.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.PerIpPerMinute), Window = TimeSpan.FromMinutes(1) }));
        o.OnRejected = async (context, token) =>
        {
            context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
            await context.HttpContext.Response.WriteAsync("{\"error\":\"too many questions: please wait a minute / 提问太频繁，请稍等一分钟\"}", token);
        };
        if (limits.WeChatPerIpPerMinute > 0)
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => context.Request.Path.StartsWithSegments("/wechat")
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.WeChatPerIpPerMinute, Window = TimeSpan.FromMinutes(1) })
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
