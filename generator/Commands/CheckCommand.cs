using System.CommandLine;
using Policy.Generator.Site;

namespace Policy.Generator.Commands;

/// <summary><c>generator check</c>: the same validation as build, writing nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Validate content/ and templates/ without writing the site") { content, templates };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(templates)));
        return command;
    }

    public static int Run(string? contentOption, string? templatesOption)
    {
        var contentRoot = CommonOptions.ResolveContent(contentOption);
        if (contentRoot is null)
        {
            return 2;
        }

        var result = SiteBuilder.Build(contentRoot, CommonOptions.ResolveTemplates(templatesOption, contentRoot), baseUrl: null);
        DiagnosticPrinter.Print(result.Diagnostics);
        var errors = result.Diagnostics.Items.Count(d => d.Severity == Knowledge.Diagnostics.Severity.Error);
        var warnings = result.Diagnostics.Items.Count - errors;
        Console.WriteLine($"check: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
