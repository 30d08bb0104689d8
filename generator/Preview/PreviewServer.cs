using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Policy.Generator.Preview;

/// <summary>Serves the preview from memory, injects the reload script into pages, and pushes build events over server-sent events.</summary>
internal static class PreviewServer
{
    private const string ScriptPath = "/__preview/reload.js";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static WebApplication Create(PreviewSite site, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        var clients = new List<Channel<string>>();

        void Broadcast(string message)
        {
            lock (clients)
            {
                foreach (var client in clients)
                {
                    client.Writer.TryWrite(message);
                }
            }
        }

        site.Built += changed => Broadcast(BuiltEvent(changed));
        site.Failed += report => Broadcast(Event(report));
        site.Warned += report => Broadcast(Event(report));

        app.MapGet("/__preview/events", async (HttpContext context, IHostApplicationLifetime lifetime) =>
        {
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var channel = Channel.CreateUnbounded<string>();
            lock (clients)
            {
                clients.Add(channel);
            }

            try
            {
                if (site.LastReport is { } report)
                {
                    await context.Response.WriteAsync(Event(report), context.RequestAborted);
                }

                // A save built between serving the page and its connecting here: the broadcast went out before this
                // page listened, so it is told now (the channel was registered first: a later build reaches it anyway).
                if (context.Request.Query["page"].ToString() is { Length: > 0 } page && long.TryParse(context.Request.Query["since"], out var since)
                    && site.ChangedSince(page, since))
                {
                    await context.Response.WriteAsync(BuiltEvent([page]), context.RequestAborted);
                }

                await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await foreach (var message in channel.Reader.ReadAllAsync(ended.Token))
                {
                    await context.Response.WriteAsync(message, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The browser closed the page.
            }
            finally
            {
                lock (clients)
                {
                    clients.Remove(channel);
                }
            }
        });

        app.MapGet(ScriptPath, () => Results.Text(PreviewScript.Value, "text/javascript; charset=utf-8"));
        // "{**path}" so that file-like paths (site.css) reach it too: the default fallback skips them.
        app.MapFallback("{**path}", (HttpContext context) => Serve(site, context));
        return app;
    }

    private static readonly System.Text.Json.JsonSerializerOptions EventJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Tells the pages at these URL paths ("*": every page) to reload.</summary>
    private static string BuiltEvent(IReadOnlyList<string> changed) => $"event: built\ndata: {System.Text.Json.JsonSerializer.Serialize(changed)}\n\n";

    private static string Event(PreviewReport report) =>
        $"event: {report.Kind}\ndata: {System.Text.Json.JsonSerializer.Serialize(report, EventJson)}\n\n";

    private static IResult Serve(PreviewSite site, HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        var (bytes, build) = site.Serve(file);
        if (bytes is null)
        {
            file += "/index.html";
            (bytes, build) = site.Serve(file);
        }

        var status = 200;
        if (bytes is null)
        {
            file = "404.html";
            (bytes, build) = site.Serve(file);
            bytes ??= Encoding.UTF8.GetBytes("not found");
            status = 404;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", $"<script src=\"{ScriptPath}\" data-build=\"{build}\"></script>\n</body>", StringComparison.Ordinal);
            return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
        }

        ContentTypes.TryGetContentType(file, out var type);
        return Results.Bytes(bytes, type ?? "application/octet-stream");
    }

    private static readonly Lazy<string> PreviewScript = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Policy.Generator.Preview.preview.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
