using System.CommandLine;
using System.Diagnostics;
using Policy.Generator.Site;
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
        var command = new Command("build", "Build the static site into _site/ and the search index into _build/index/") { content, templates, baseUrl, output, index };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(baseUrl), parse.GetValue(output)!, parse.GetValue(index)));
        return command;
    }

    /// <param name="index">Where to write the Lucene index; null to skip it (tests that only look at the site).</param>
    public static int Run(string? contentOption, string? templatesOption, string? baseUrl, string output, string? index = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var contentRoot = CommonOptions.ResolveContent(contentOption);
        if (contentRoot is null)
        {
            return 2;
        }

        var result = SiteBuilder.Build(contentRoot, CommonOptions.ResolveTemplates(templatesOption, contentRoot), baseUrl);
        DiagnosticPrinter.Print(result.Diagnostics);
        if (result.Output is null || result.Diagnostics.HasErrors)
        {
            Console.Error.WriteLine($"build failed: {result.Diagnostics.Items.Count(d => d.Severity == Knowledge.Diagnostics.Severity.Error)} error(s); the previous site in '{output}' was left untouched");
            return 1;
        }

        result.Output.WriteAtomically(Path.GetFullPath(output));
        if (index is not null && result.Content is not null)
        {
            ClauseIndex.Write(result.Content, Path.GetFullPath(index));
        }

        Console.WriteLine($"built {result.Output.PageCount} pages ({result.Output.Files.Count} files, {result.Output.TotalBytes / 1024} KB) into {output}{(index is null ? "" : $", the search index into {index}")} in {stopwatch.ElapsedMilliseconds} ms");
        return 0;
    }
}
