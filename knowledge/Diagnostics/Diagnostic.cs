using Policy.Knowledge.Content;

namespace Policy.Knowledge.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A problem in the content, in both languages staff read: <c>path:line: error: message</c> in English,
/// <c>path 第N行 错误：消息</c> in Chinese. The message says what is wrong and how to fix it.
/// </summary>
public sealed record Diagnostic(string Path, int Line, Severity Severity, LocalizedText Text)
{
    /// <summary>The English message (tools, logs and tests read this form).</summary>
    public string Message => Text.En;

    /// <summary>
    /// The shared file (e.g. <c>content/units.yml</c>) this problem merely follows from: while that file has errors
    /// of its own, this one is not shown, so staff see the real cause instead of a hundred echoes of it.
    /// </summary>
    public string? FollowsFrom { get; init; }

    /// <summary>An error that blocks publishing but not the preview (e.g. a unit not yet in units.yml).</summary>
    public bool PublishOnly { get; init; }

    public override string ToString() => Format(Languages.English);

    public string Format(string language) => language == Languages.English
        ? $"{Path}:{Line}: {(Severity == Severity.Error ? "error" : "warning")}: {Text.En}"
        : $"{Path} 第{Line}行 {(Severity == Severity.Error ? "错误" : "警告")}：{Text.Zh}";
}

/// <summary>Collects diagnostics; paths are reported relative to the content root's parent so staff see <c>content/…</c>.</summary>
public sealed class DiagnosticBag
{
    /// <summary>Files every policy depends on: their errors come first and hide the errors that follow from them.</summary>
    public static readonly IReadOnlyList<string> SharedFiles = ["site.yml", "units.yml", "facts.yml", "regions.yml", "synonyms.yml"];

    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => items.Count(d => d.Severity == Severity.Warning);

    /// <summary>An English-only message; prefer the overload with both languages for anything staff read.</summary>
    public void Error(string path, int line, string message) => Add(path, line, Severity.Error, new(message, message));

    public void Warning(string path, int line, string message) => Add(path, line, Severity.Warning, new(message, message));

    /// <summary>A message in Chinese and English; <paramref name="followsFrom"/> names the shared file it would be an echo of.</summary>
    public void Error(string path, int line, string zh, string en, string? followsFrom = null) =>
        items.Add(new(path, line, Severity.Error, new(zh, en)) { FollowsFrom = followsFrom });

    public void Warning(string path, int line, string zh, string en, string? followsFrom = null) =>
        items.Add(new(path, line, Severity.Warning, new(zh, en)) { FollowsFrom = followsFrom });

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    private void Add(string path, int line, Severity severity, LocalizedText text) => items.Add(new(path, line, severity, text));

    /// <summary>For the preview: publish-only errors become warnings, so a page can be seen before every detail is registered.</summary>
    public void RelaxPublishOnly()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { PublishOnly: true, Severity: Severity.Error } d)
            {
                items[i] = d with { Severity = Severity.Warning };
            }
        }
    }

    /// <summary>Diagnostics in a stable order: by path, then line, then message.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal);

    /// <summary>
    /// What staff should read, in order: errors in shared files first, then the rest by file and line; problems that
    /// merely follow from a broken shared file are left out and counted in <see cref="StaffReport.Hidden"/>.
    /// </summary>
    public StaffReport ForStaff()
    {
        var broken = items.Where(d => d.Severity == Severity.Error && IsShared(d.Path)).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var shown = new List<Diagnostic>();
        var hidden = 0;
        foreach (var d in Sorted())
        {
            if (d.FollowsFrom is { } source && broken.Any(b => b.EndsWith(source, StringComparison.Ordinal)))
            {
                hidden++;
                continue;
            }

            shown.Add(d);
        }

        var ordered = shown.OrderBy(d => IsShared(d.Path) ? 0 : 1).ThenBy(d => d.Severity == Severity.Error ? 0 : 1).ToList();
        return new StaffReport(ordered, hidden, broken.Order(StringComparer.Ordinal).ToList());
    }

    private static bool IsShared(string path) => SharedFiles.Any(f => path == f || path.EndsWith("/" + f, StringComparison.Ordinal));
}

/// <summary>The diagnostics as staff read them, and how many echoes of a broken shared file were left out.</summary>
public sealed record StaffReport(IReadOnlyList<Diagnostic> Shown, int Hidden, IReadOnlyList<string> BrokenSharedFiles)
{
    /// <summary>The line that says why some problems are not listed, or null when none were left out.</summary>
    public string? HiddenNote(string language) => Hidden == 0 ? null : language == Languages.English
        ? $"{Hidden} more problem(s) follow from the error(s) in {string.Join(", ", BrokenSharedFiles)} and are not listed: fix that file first."
        : $"另有 {Hidden} 个问题是由 {string.Join("、", BrokenSharedFiles)} 的错误引起的，未列出：请先改正该文件。";
}
