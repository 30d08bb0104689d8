using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Policy.Generator.Preview;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator serve</c>: a live preview for staff. Builds the site, serves it at http://localhost:5080, watches
/// content/ and templates/, and reloads the open page after each save; errors show as an overlay.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port") { Description = "The port to serve on", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Preview the site at http://localhost:5080, rebuilding and reloading on every save") { content, templates, port };
        command.SetAction((parse, cancel) => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> Run(string? contentOption, string? templatesOption, int port, CancellationToken cancel)
    {
        var contentRoot = CommonOptions.ResolveContent(contentOption);
        if (contentRoot is null)
        {
            return 2;
        }

        var templatesRoot = CommonOptions.ResolveTemplates(templatesOption, contentRoot);
        var site = new PreviewSite(contentRoot, templatesRoot, $"http://localhost:{port}/");
        site.Built += changed => Console.WriteLine($"{DateTime.Now:HH:mm:ss} rebuilt: {(changed.Count == 0 ? "no page changed" : string.Join(", ", changed.Take(5)) + (changed.Count > 5 ? $" and {changed.Count - 5} more" : ""))}");
        site.Failed += errors => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} content has errors; the last good pages stay served:\n  " + string.Join("\n  ", errors));
        var stopwatch = Stopwatch.StartNew();
        site.Rebuild();
        Console.WriteLine($"first build in {stopwatch.ElapsedMilliseconds} ms");

        using var watcher = new ContentWatcher([contentRoot, templatesRoot], site.Rebuild, TimeSpan.FromMilliseconds(50));
        await using var app = PreviewServer.Create(site, port);
        Console.WriteLine($"preview at http://localhost:{port}/ — edit content/ or templates/ and the page reloads (Ctrl+C to stop)");
        await app.StartAsync(cancel);
        await app.WaitForShutdownAsync(cancel);
        return 0;
    }
}
