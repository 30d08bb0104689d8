using System.Text;

namespace Policy.Generator.Site;

/// <summary>The whole site in memory, keyed by its path under the output folder. Written only once it is complete and checked.</summary>
internal sealed class SiteOutput
{
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => files;

    public int PageCount => files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));

    public long TotalBytes => files.Values.Sum(f => (long)f.Length);

    public void Add(string path, string text) => files[path] = Encoding.UTF8.GetBytes(text);

    public void Add(string path, byte[] bytes) => files[path] = bytes;

    public string? Text(string path) => files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// Writes into a sibling folder, then swaps it in: a build that fails half-way leaves the previous site as it was,
    /// and a web server never serves a half-written site.
    /// </summary>
    public void WriteAtomically(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(outputDirectory.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(outputDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            if (Directory.Exists(outputDirectory))
            {
                Directory.Move(outputDirectory, retired);
            }

            Directory.Move(staging, outputDirectory);
        }
        catch
        {
            if (!Directory.Exists(outputDirectory) && Directory.Exists(retired))
            {
                Directory.Move(retired, outputDirectory);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }

        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
