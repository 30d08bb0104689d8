namespace Policy.Bot.Tests;

/// <summary>The project's own source text: a control character typed by a tool instead of an escape is a silent bug.</summary>
public sealed class SourceTextTests
{
    [Fact]
    public void No_source_file_holds_a_control_character()
    {
        // A regex written "\b" through a script's string becomes a backspace (U+0008): the pattern still compiles and never
        // matches the word boundary meant.
        string[] folders = ["bot", "knowledge", "generator", "tests"];
        var found = folders.Select(f => Path.Combine(RepoPaths.Root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line)))
            .Where(l => l.Text.Any(c => char.IsControl(c) && c != '\t'))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.Path)}:{l.Line}")
            .ToList();

        Assert.True(found.Count == 0, "control characters in: " + string.Join(", ", found));
    }
}
