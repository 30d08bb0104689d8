using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Policy.Generator.Commands;

/// <summary><c>generator serve</c>: builds the site, then serves it at http://localhost:5080 for a preview.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var output = new Option<string>("--out") { Description = "Where to write the site", DefaultValueFactory = _ => "_site" };
        var port = new Option<int>("--port") { Description = "The port to serve on", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Build the site and serve it locally") { content, templates, output, port };
        command.SetAction((parse, cancel) => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(output)!, parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> Run(string? content, string? templates, string output, int port, CancellationToken cancel)
    {
        var built = BuildCommand.Run(content, templates, $"http://localhost:{port}/", output);
        if (built != 0 && !Directory.Exists(output))
        {
            return built;
        }

        var root = Path.GetFullPath(output);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.MapFallback(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(root, "404.html"));
        });
        Console.WriteLine($"serving {output} at http://localhost:{port}/ (Ctrl+C to stop)");
        await app.RunAsync(cancel);
        return 0;
    }
}
