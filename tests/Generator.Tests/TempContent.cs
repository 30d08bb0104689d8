namespace Policy.Generator.Tests;

/// <summary>A throw-away copy of a content fixture that a test may edit, deleted afterwards.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(string fixture = "minimal")
    {
        Root = Path.Combine(Path.GetTempPath(), "policy-tests-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(RepoPaths.Fixtures, fixture), Root);
    }

    private TempContent(string root, string contentFrom)
    {
        Root = root;
        CopyDirectory(contentFrom, Path.Combine(root, "content"));
    }

    /// <summary>A copy of the repository's real content/, for tests that need its size (every unit, every rule).</summary>
    public static TempContent OfRepository() =>
        new(Path.Combine(Path.GetTempPath(), "policy-tests-" + Guid.NewGuid().ToString("N")), RepoPaths.Content);

    /// <summary>A copy of any content folder (e.g. tests/fixtures/many-policies/content) as <see cref="Content"/>.</summary>
    public static TempContent OfContent(string content) =>
        new(Path.Combine(Path.GetTempPath(), "policy-tests-" + Guid.NewGuid().ToString("N")), content);

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Site => Path.Combine(Root, "_site");

    public string PathOf(string relative) => Path.Combine(Content, relative);

    public void Edit(string relative, Func<string, string> change)
    {
        var path = PathOf(relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before)
        {
            throw new InvalidOperationException($"the edit of {relative} changed nothing: the fixture no longer has the text the test expects");
        }

        File.WriteAllText(path, after);
    }

    public void Replace(string relative, string find, string replacement) => Edit(relative, text => text.Replace(find, replacement, StringComparison.Ordinal));

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
