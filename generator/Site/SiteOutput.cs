using System.Collections;
using System.Security.Cryptography;
using System.Text;

namespace Policy.Generator.Site;

/// <summary>
/// The whole site, keyed by its path under the output folder. Written only once it is complete and checked.
/// A file is either made by this build or kept from the last good build (<see cref="SiteCache"/>) because nothing it is
/// made from changed; kept bytes stay where they are (in the preview's memory, or in <c>_site/</c>) until asked for.
/// A full build of <c>generator build</c> holds no file in memory either: each is staged on disk as it is added
/// (<see cref="StageFor"/>), and moved into the site once the build is complete and checked.
/// Files may be added, kept and looked up from two threads at once (the search data is made beside the pages); the
/// listings (<see cref="Changed"/>, <see cref="States"/>, <see cref="Files"/>) are read once the site is rendered.
/// </summary>
internal sealed class SiteOutput(SiteCache? previous = null)
{
    private readonly SortedDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private List<string>? removed;

    // A full build of generator build (see StageFor): the site it will be written to, and the folder beside it where
    // the files that differ from that site are written as they are made.
    private string? site;
    private string? staging;

    /// <param name="Bytes">The file, when in memory.</param>
    /// <param name="Disk">
    /// Where the file lies when not in memory: a kept file in the last good site, or (a full build staged by
    /// <see cref="StageFor"/>) the same bytes already in the site, or the staging folder.
    /// </param>
    /// <param name="Key">What the file was made from (null for files made on every build).</param>
    /// <param name="Changed">Its bytes differ from the last good build's (or there was none).</param>
    private sealed record Entry(byte[]? Bytes, string? Disk, string? Key, string Hash, long Size, bool Changed);

    /// <summary>Every file; a kept file on disk is read when it is looked up.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => field ??= new FileView(this);

    /// <summary>The static search index of each language as this build made it, for the next build to update.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, StaticSearch.IndexState> IndexStates { get; } = new(StringComparer.Ordinal);

    /// <summary>The static search index of a language as the last good build left it; null when unknown or with no last build.</summary>
    public StaticSearch.IndexState? LastIndexState(string language) => previous?.IndexState(language);

    /// <summary>
    /// Keeps the last build's search index state of a language whose index files were all kept, when that build is in
    /// memory (the preview's next build updates from it); on disk, its file stays as it is.
    /// </summary>
    public void KeepIndexState(string language)
    {
        if (previous is { HeldInMemory: true } && previous.IndexState(language) is { } state)
        {
            IndexStates[language] = state;
        }
    }

    /// <summary>Whether this build is made against the last good build (an incremental one), until <see cref="Complete"/>.</summary>
    public bool Incremental => previous is not null;

    public int PageCount => entries.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));

    public long TotalBytes => entries.Values.Sum(f => f.Size);

    /// <summary>The files whose bytes differ from the last good build's, in path order: all of them without one.</summary>
    public IEnumerable<string> Changed => entries.Where(e => e.Value.Changed).Select(e => e.Key);

    /// <summary>The files of the last good build that this build no longer has.</summary>
    public IEnumerable<string> Removed => removed ?? previous?.Paths.Where(p => !entries.ContainsKey(p)) ?? [];

    /// <summary>
    /// Once complete: lets go of the last build (the preview would otherwise hold every build it ever made, each through
    /// the one before), remembering only which of its files this one no longer has.
    /// </summary>
    public void Complete()
    {
        removed = Removed.ToList();
        previous = null;
    }

    public void Add(string path, string text, string? key = null) => Add(path, Encoding.UTF8.GetBytes(text), key);

    public void Add(string path, byte[] bytes, string? key = null)
    {
        var hash = Hash(bytes);
        // Unchanged only if the last build's file is still there to keep (a page deleted from _site is written again).
        var changed = previous?.Find(path) is not { } old || old.Hash != hash || previous.Bytes(path) is null;
        Set(path, staging is null ? new Entry(bytes, null, key, hash, bytes.Length, changed) : new Entry(null, Stage(path, bytes), key, hash, bytes.Length, changed));
    }

    private void Set(string path, Entry entry)
    {
        lock (gate)
        {
            entries[path] = entry;
        }
    }

    private Entry? Find(string path)
    {
        lock (gate)
        {
            return entries.GetValueOrDefault(path);
        }
    }

    /// <summary>
    /// For a full build that <see cref="WriteAll"/> will write to <paramref name="outputDirectory"/>: from now on, each file
    /// added is compared at once with the one there and, when it differs or there is none, written to a staging folder
    /// beside it, so that the build does not hold the whole site in memory (221 MB at a thousand policies, a quarter
    /// of the build's peak: docs/benchmarks.md). Nothing in <paramref name="outputDirectory"/> changes before
    /// <see cref="WriteAll"/>; <see cref="Discard"/> deletes what was staged.
    /// </summary>
    public void StageFor(string outputDirectory)
    {
        site = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        staging = StagingFor(site);
    }

    /// <summary>Deletes the staging folder of a build that will not be written (<see cref="StageFor"/>).</summary>
    public void Discard()
    {
        if (staging is not null && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Where a file added to a staged build lies: the site's own file when it holds the same bytes, else the staged copy.</summary>
    private string Stage(string path, byte[] bytes)
    {
        var current = Path.Combine(site!, path);
        if (SameOnDisk(current, bytes))
        {
            return current;
        }

        var target = Path.Combine(staging!, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Delete(target);
        WriteNew(target, bytes);
        return target;
    }

    /// <summary>Keeps the last good build's file when it was made from the same <paramref name="key"/>; false when it has to be made.</summary>
    public bool TryKeep(string path, string key)
    {
        if (previous?.Find(path) is not { } old || old.Key != key || previous.Bytes(path) is not { } kept)
        {
            return false;
        }

        Set(path, new Entry(kept.Bytes, kept.Disk, key, old.Hash, old.Size, Changed: false));
        return true;
    }

    /// <summary>Keeps every file of the last good build that <paramref name="which"/> selects, as it was; returns how many.</summary>
    public int KeepPrevious(Func<string, bool> which)
    {
        return previous?.Paths.Where(which).ToList().Count(Keep) ?? 0;
    }

    /// <summary>Whether the last good build has a file at <paramref name="path"/> to keep.</summary>
    public bool CanKeep(string path) => previous?.Find(path) is not null && previous.Bytes(path) is not null;

    /// <summary>Keeps the last good build's file at <paramref name="path"/> as it was; false when there is none to keep.</summary>
    public bool Keep(string path)
    {
        if (previous?.Find(path) is not { } old || previous.Bytes(path) is not { } bytes)
        {
            return false;
        }

        Set(path, new Entry(bytes.Bytes, bytes.Disk, old.Key, old.Hash, old.Size, Changed: false));
        return true;
    }

    /// <summary>The last good build's file at <paramref name="path"/>, or null (none, or no last build).</summary>
    public byte[]? Previous(string path) =>
        previous?.Bytes(path) is { } kept ? kept.Bytes ?? (File.Exists(kept.Disk) ? File.ReadAllBytes(kept.Disk!) : null) : null;

    /// <summary>The size of a file of this build, in bytes.</summary>
    public long SizeOf(string path) => (Find(path) ?? throw new KeyNotFoundException(path)).Size;

    /// <summary>The hash of a file of this build (see <see cref="Hash"/>).</summary>
    public string HashOf(string path) => (Find(path) ?? throw new KeyNotFoundException(path)).Hash;

    public byte[]? Get(string path) => Find(path) is { } entry ? Load(entry) : null;

    public bool Contains(string path) => Find(path) is not null;

    public string? Text(string path) => Get(path) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>What the next build compares itself with: each file's key, hash and size.</summary>
    public IReadOnlyDictionary<string, SiteCache.FileState> States() =>
        entries.ToDictionary(e => e.Key, e => new SiteCache.FileState(e.Value.Key, e.Value.Hash, e.Value.Size), StringComparer.Ordinal);

    private static byte[] Load(Entry entry) => entry.Bytes ?? File.ReadAllBytes(entry.Disk!);

    /// <summary>
    /// Writes a file that must not exist yet. Not <see cref="File.WriteAllBytes(string, byte[])"/>: on Linux it truncates
    /// the file it creates, and ext4 then writes a truncated file out to disk when it is closed, which made writing a
    /// 1,000-policy site (28,800 files) take twice as long and deleting it later ten times as long (docs/benchmarks.md).
    /// </summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, 0);
    }

    /// <summary>
    /// The files in a site folder, by their path under it (as this class names them): one listing of its folders, which
    /// reads no file's details.
    /// </summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'));

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>
    /// Writes the whole site (a full build), only once it is built and checked. Into a folder that does not exist yet:
    /// written into a sibling folder, then moved in whole, so a web server never serves half a site. Over a last good
    /// site: every file is compared with the one on disk, only those that differ are written (as in
    /// <see cref="WriteChanges"/>), and every file the build does not have is deleted, so the folder ends up holding
    /// exactly this build. Replacing the whole folder instead meant deleting the old site's files: at a thousand
    /// policies, 28,800 files and 6–9 s on this project's machines, a quarter of the build (docs/benchmarks.md).
    /// </summary>
    public void WriteAll(string outputDirectory)
    {
        outputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (staging is not null && outputDirectory != site)
        {
            throw new InvalidOperationException($"this build was staged for {site}, not {outputDirectory}");
        }

        try
        {
            if (Directory.Exists(outputDirectory))
            {
                // A staged file is moved in; an unstaged one is the site's own file (the same bytes) or compared now.
                var differing = entries.Where(e => IsStaged(e.Value)
                    || (e.Value.Disk != Path.Combine(outputDirectory, e.Key) && !SameOnDisk(Path.Combine(outputDirectory, e.Key), e.Value))).Select(e => e.Key);
                var notMade = FilesIn(outputDirectory).Where(path => !entries.ContainsKey(path));
                Update(outputDirectory, differing, notMade);
                return;
            }

            staging ??= StagingFor(outputDirectory);
            foreach (var (path, entry) in entries.Where(e => !IsStaged(e.Value)))
            {
                var target = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                WriteNew(target, Load(entry));
            }

            Directory.Move(staging, outputDirectory);
        }
        finally
        {
            Discard();
        }
    }

    /// <summary>Whether the file was written to the staging folder as it was added (<see cref="StageFor"/>).</summary>
    private bool IsStaged(Entry entry) =>
        staging is not null && entry.Disk is { } disk && disk.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string StagingFor(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(outputDirectory)!;
        Directory.CreateDirectory(parent);
        return Path.Combine(parent, $".{Path.GetFileName(outputDirectory)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>
    /// Brings the last good site in <paramref name="outputDirectory"/> up to this build (an incremental one): writes
    /// only the files whose bytes changed, and deletes the files this build no longer has. Nothing is written unless
    /// the build succeeded.
    /// </summary>
    public void WriteChanges(string outputDirectory) =>
        Update(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar), Changed, Removed);

    /// <summary>
    /// Deletes the files named, and the folders they leave empty; then writes each file to a temporary name first and
    /// renames it over the old one (a reader never sees half a file).
    /// </summary>
    private void Update(string outputDirectory, IEnumerable<string> write, IEnumerable<string> delete)
    {
        var left = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in delete.ToList())
        {
            var target = Path.Combine(outputDirectory, path);
            File.Delete(target);
            left.Add(Path.GetDirectoryName(target)!);
        }

        // Each folder a file was deleted from is looked at once, deepest first (a search update deletes hundreds of files
        // from one folder of thousands, and listing it after each took a tenth of the rebuild: docs/benchmarks.md).
        foreach (var start in left.OrderByDescending(f => f.Length))
        {
            var folder = start;
            while (folder.Length > outputDirectory.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder)!;
            }
        }

        foreach (var path in write.ToList())
        {
            var target = Path.Combine(outputDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var entry = entries[path];
            if (IsStaged(entry))
            {
                // Written while the build ran: renamed in (a reader never sees half a file).
                File.Move(entry.Disk!, target, overwrite: true);
                continue;
            }

            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            WriteNew(temporary, Load(entry));
            File.Move(temporary, target, overwrite: true);
        }
    }

    /// <summary>Whether the file on disk holds exactly this build's bytes (a directory or a missing file does not).</summary>
    private static bool SameOnDisk(string file, Entry entry) => SameOnDisk(file, entry.Size, () => Load(entry));

    private static bool SameOnDisk(string file, byte[] bytes) => SameOnDisk(file, bytes.Length, () => bytes);

    /// <param name="bytes">The bytes, read only when the file on disk has their size.</param>
    private static bool SameOnDisk(string file, long size, Func<byte[]> bytes)
    {
        var info = new FileInfo(file);
        return info.Exists && info.Length == size && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes());
    }

    private sealed class FileView(SiteOutput output) : IReadOnlyDictionary<string, byte[]>
    {
        public byte[] this[string key] => output.Get(key) ?? throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => output.entries.Keys;

        public IEnumerable<byte[]> Values => output.entries.Values.Select(Load);

        public int Count => output.entries.Count;

        public bool ContainsKey(string key) => output.entries.ContainsKey(key);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out byte[] value)
        {
            value = output.Get(key);
            return value is not null;
        }

        public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
            output.entries.Select(e => KeyValuePair.Create(e.Key, Load(e.Value))).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
