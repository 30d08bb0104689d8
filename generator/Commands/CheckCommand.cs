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
        var lang = StaffLanguage.Option();
        var command = new Command("check", "Validate content/ and templates/ without writing the site") { content, templates, lang };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(lang)));
        return command;
    }

    public static int Run(string? contentOption, string? templatesOption, string? languageOption = null)
    {
        var language = StaffLanguage.Resolve(languageOption);
        var contentRoot = CommonOptions.ResolveContent(contentOption, language);
        if (contentRoot is null)
        {
            return 2;
        }

        var result = SiteBuilder.Build(contentRoot, CommonOptions.ResolveTemplates(templatesOption, contentRoot), baseUrl: null);
        DiagnosticPrinter.Print(result.Diagnostics, language);
        var (errors, warnings) = (result.Diagnostics.ErrorCount, result.Diagnostics.WarningCount);
        Console.WriteLine(language.Say(
            $"检查完成：{errors} 个错误，{warnings} 个警告{(errors > 0 ? "。有错误时不能发布，请按上面的提示逐条修改" : "")}",
            $"check: {errors} error(s), {warnings} warning(s)"));
        return errors > 0 ? 1 : 0;
    }
}
