namespace Policy.Knowledge.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem in the content, reported as <c>path:line: error|warning: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, Severity Severity, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>Collects diagnostics; paths are reported relative to the content root's parent so staff see <c>content/…</c>.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Error(string path, int line, string message) => items.Add(new(path, line, Severity.Error, message));

    public void Warning(string path, int line, string message) => items.Add(new(path, line, Severity.Warning, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Diagnostics in a stable order: by path, then line, then message.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal);
}
