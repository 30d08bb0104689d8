using System.CommandLine;
using System.Diagnostics;
using Policy.Generator.Site;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Commands;

/// <summary><c>generator build</c>: validates the content and writes the static site, replacing the old one only on success.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var baseUrl = CommonOptions.BaseUrl();
        var output = new Option<string>("--out") { Description = "Where to write the site", DefaultValueFactory = _ => "_site" };
        var index = new Option<string>("--index")
        {
            Description = "Where to write the Lucene search index (not part of the published site)",
            DefaultValueFactory = _ => "_build/index",
        };
        var lang = StaffLanguage.Option();
        var command = new Command("build", "Build the static site into _site/ and the search index into _build/index/") { content, templates, baseUrl, output, index, lang };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(baseUrl), parse.GetValue(output)!, parse.GetValue(index), parse.GetValue(lang)));
        return command;
    }

    /// <param name="index">Where to write the Lucene index; null to skip it (tests that only look at the site).</param>
    public static int Run(string? contentOption, string? templatesOption, string? baseUrl, string output, string? index = null, string? languageOption = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var language = StaffLanguage.Resolve(languageOption);
        var contentRoot = CommonOptions.ResolveContent(contentOption, language);
        if (contentRoot is null)
        {
            return 2;
        }

        Console.WriteLine(language.Say($"正在读取 {contentRoot} 并生成网站……", $"reading {contentRoot} and building the site…"));
        // The files parsed by the last good build are not parsed again (the bot reads the same file at start-up).
        var documents = index is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(index))!, Path.GetFileName(DocumentCache.BuiltFile));
        if (documents is not null)
        {
            DocumentCache.Shared.LoadFrom(documents);
        }

        var result = SiteBuilder.Build(contentRoot, CommonOptions.ResolveTemplates(templatesOption, contentRoot), baseUrl);
        DiagnosticPrinter.Print(result.Diagnostics, language);
        if (result.Output is null || result.Diagnostics.HasErrors)
        {
            var errors = result.Diagnostics.ErrorCount;
            Console.Error.WriteLine(language.Say(
                $"生成失败：{errors} 个错误；“{output}”里原有的网站没有改动。请按上面的提示修改后再运行",
                $"build failed: {errors} error(s); the previous site in '{output}' was left untouched"));
            return 1;
        }

        Console.WriteLine(language.Say($"内容无误，{result.Output.PageCount} 个页面已生成，正在写入 {output}……", $"content is valid; writing {result.Output.PageCount} pages to {output}…"));
        result.Output.WriteAtomically(Path.GetFullPath(output));
        if (index is not null && result.Content is not null)
        {
            Console.WriteLine(language.Say($"正在建立搜索索引 {index}……", $"writing the search index to {index}…"));
            ClauseIndex.Write(result.Content, Path.GetFullPath(index));
            DocumentCache.Shared.SaveTo(documents!, result.Content.Policies.SelectMany(p => new[] { p.Chinese, p.English }).OfType<PolicyDocument>());
        }

        Console.WriteLine(language.Say(
            $"完成：{result.Output.PageCount} 个页面（{result.Output.Files.Count} 个文件，{result.Output.TotalBytes / 1024} KB）已写入 {output}{(index is null ? "" : $"，搜索索引已写入 {index}")}，用时 {stopwatch.ElapsedMilliseconds} 毫秒",
            $"built {result.Output.PageCount} pages ({result.Output.Files.Count} files, {result.Output.TotalBytes / 1024} KB) into {output}{(index is null ? "" : $", the search index into {index}")} in {stopwatch.ElapsedMilliseconds} ms"));
        return 0;
    }
}
