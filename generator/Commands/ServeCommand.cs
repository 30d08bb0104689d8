using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Policy.Generator.Preview;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator serve</c>: a live preview for staff. Builds the site, serves it at http://localhost:5081 (the bot keeps
/// 5080), watches content/ and templates/, and reloads the open page after each save; problems show as an overlay.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5081;

    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port") { Description = "The port to serve on", DefaultValueFactory = _ => DefaultPort };
        var lang = StaffLanguage.Option();
        var command = new Command("serve", $"Preview the site at http://localhost:{DefaultPort}, rebuilding and reloading on every save") { content, templates, port, lang };
        command.SetAction((parse, cancel) => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(port), parse.GetValue(lang), cancel));
        return command;
    }

    public static async Task<int> Run(string? contentOption, string? templatesOption, int port, string? languageOption, CancellationToken cancel)
    {
        var language = StaffLanguage.Resolve(languageOption);
        var contentRoot = CommonOptions.ResolveContent(contentOption, language);
        if (contentRoot is null)
        {
            return 2;
        }

        var templatesRoot = CommonOptions.ResolveTemplates(templatesOption, contentRoot);
        var site = new PreviewSite(contentRoot, templatesRoot, $"http://localhost:{port}/", language);
        site.Built += changed => Console.WriteLine($"{DateTime.Now:HH:mm:ss} " + language.Say("已更新：", "rebuilt: ") + (changed.Count == 0
            ? language.Say("没有页面变化", "no page changed")
            : string.Join(", ", changed.Take(5)) + (changed.Count > 5 ? language.Say($" 等另外 {changed.Count - 5} 个页面", $" and {changed.Count - 5} more") : "")));
        site.Failed += report => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {report}");
        site.Warned += report => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {report}");
        var stopwatch = Stopwatch.StartNew();
        Console.WriteLine(language.Say("正在生成预览……", "building the preview…"));
        site.Rebuild();
        Console.WriteLine(language.Say($"首次生成用时 {stopwatch.ElapsedMilliseconds} 毫秒", $"first build in {stopwatch.ElapsedMilliseconds} ms"));

        using var watcher = new ContentWatcher([contentRoot, templatesRoot], site.Rebuild, TimeSpan.FromMilliseconds(50));
        await using var app = PreviewServer.Create(site, port);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine(language.Say(
                $"端口 {port} 已被占用（可能预览已经开着，或问答机器人在用）：请关闭占用它的程序，或换一个端口：generator serve --port {port + 1}",
                $"port {port} is already in use (a preview may already be running, or the bot uses it): stop that program or choose another port: generator serve --port {port + 1}"));
            return 1;
        }

        Console.WriteLine(language.Say(
            $"预览地址 http://localhost:{port}/ ——修改 content/ 或 templates/ 并保存，页面会自动刷新（按 Ctrl+C 停止）",
            $"preview at http://localhost:{port}/ — edit content/ or templates/ and the page reloads (Ctrl+C to stop)"));
        await app.WaitForShutdownAsync(cancel);
        return 0;
    }
}
