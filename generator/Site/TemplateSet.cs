using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Policy.Generator.Site;

/// <summary>The Scriban templates under <c>templates/</c>, parsed once; includes resolve against the same set.</summary>
internal sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);
    private readonly string root;

    private TemplateSet(string root) => this.root = root;

    public string Root => root;

    public static TemplateSet? Load(string root, DiagnosticBag diagnostics, Func<string, string> display)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(display(root), 1, "找不到模板文件夹 templates：请确认仓库完整，或用 --templates 指定", "templates folder not found");
            return null;
        }

        var set = new TemplateSet(root);
        var files = Directory.GetFiles(root, "*.sbn*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(root, file), null).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var template = Template.Parse(text, file);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(display(file), message.Span.Start.Line + 1, $"网页模板有错（请联系技术人员）：{message.Message}", $"template: {message.Message}");
            }

            set.templates[name] = template;
            set.sources[name] = text;
        }

        return diagnostics.HasErrors ? null : set;
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>
    /// Renders a template with the given globals for the output file <paramref name="page"/>; template errors, and any
    /// of the limits below being reached, become errors that name the page.
    /// </summary>
    public string Render(string name, ScriptObject globals, string page, DiagnosticBag diagnostics, Func<string, string> display)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(display(Path.Combine(root, name + ".sbnhtml")), 1, $"缺少网页模板“{name}”（生成 {page} 时；请联系技术人员）", $"template '{name}' is missing (rendering {page})");
            return "";
        }

        var context = new TemplateContext
        {
            TemplateLoader = this,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = RenderLimits.LoopIterations,
            LoopLimitQueryable = RenderLimits.LoopIterations,
            LimitToString = RenderLimits.Characters,
            OutputLimit = RenderLimits.Characters,
            // Scriban's default is to cut silently and append "..."; a cut page is a broken page, so fail the build.
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        // The included templates as parsed at load time: a new context would otherwise parse every include again for
        // every page (a fifth of rendering a 1,000-policy site).
        foreach (var (included, parsed) in templates)
        {
            context.CachedTemplates[included] = parsed;
        }

        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            diagnostics.Error(display(ex.Span.FileName ?? name), ex.Span.Start.Line + 1, $"网页模板有错（生成 {page} 时；请联系技术人员）：{ex.OriginalMessage}", $"template: {ex.OriginalMessage} (rendering {page})");
            return "";
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    // Includes come from the texts read once at load time: no file system walk per page.
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        sources.TryGetValue(templatePath, out var text)
            ? text
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"no template named '{templatePath}' under templates/");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    /// <summary>UI strings from <c>templates/strings.yml</c>: key → text in the page's language.</summary>
    public static Dictionary<string, LocalizedText> LoadStrings(string root, DiagnosticBag diagnostics, Func<string, string> display)
    {
        var path = Path.Combine(root, "strings.yml");
        var strings = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Error(display(path), 1, "缺少界面文字文件 strings.yml", "UI strings file is missing");
            return strings;
        }

        var map = Knowledge.Yaml.YamlMap.ParseMap(File.ReadAllText(path), display(path), 0, diagnostics, "UI strings");
        foreach (var key in map?.Keys ?? [])
        {
            if (map!.Localized(key, required: true) is { } text)
            {
                strings[key] = text;
            }
        }

        return strings;
    }
}
