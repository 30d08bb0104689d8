using Policy.Generator.Commands;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Preview;

/// <summary>One problem as the preview overlay shows it: where, in words, and what to do.</summary>
internal sealed record PreviewProblem(string Where, string Text, bool Error);

/// <summary>What the preview overlay shows, already in the staff's language, so the browser script holds no wording of its own.</summary>
internal sealed record PreviewReport(string Kind, string Title, IReadOnlyList<PreviewProblem> Problems, string? Note)
{
    public static PreviewReport Failure(DiagnosticBag diagnostics, string language)
    {
        var report = diagnostics.ForStaff();
        var errors = report.Shown.Where(d => d.Severity == Severity.Error).ToList();
        return new("failed",
            language.Say(
                $"内容有 {errors.Count} 处错误，页面显示的是上一次正确的版本。请按下面的提示修改并保存，页面会自动刷新。",
                $"The content has {errors.Count} error(s); the page shows the last good version. Fix them as described below and save: the page reloads."),
            errors.Select(d => Problem(d, language)).ToList(),
            report.HiddenNote(language));
    }

    /// <summary>The warnings that will be errors at publish time, or null when there are none.</summary>
    public static PreviewReport? PublishWarnings(DiagnosticBag diagnostics, string language)
    {
        var report = diagnostics.ForStaff();
        var blocking = report.Shown.Where(d => d.PublishOnly).ToList();
        return blocking.Count == 0 ? null : new("warned",
            language.Say(
                $"可以预览，但发布前还要处理 {blocking.Count} 个问题：",
                $"You can preview, but {blocking.Count} problem(s) must be fixed before publishing:"),
            blocking.Select(d => Problem(d, language)).ToList(),
            report.HiddenNote(language));
    }

    private static PreviewProblem Problem(Diagnostic d, string language) =>
        new(language.Say($"{d.Path} 第{d.Line}行", $"{d.Path}, line {d.Line}"), d.Text.In(language), d.Severity == Severity.Error);

    /// <summary>For the console: one line per problem.</summary>
    public override string ToString() =>
        string.Join("\n  ", new[] { Title }.Concat(Problems.Select(p => $"{p.Where} — {p.Text}")).Concat(Note is null ? [] : [Note]));
}
