using System.Text.Json;
using System.Text.Json.Serialization;

namespace Policy.Generator.Site;

/// <summary>
/// What the last good build produced, for the next build to compare itself with: each file's key (a hash of everything
/// it was made from), the hash and size of its bytes, and where those bytes are (the preview's memory, or <c>_site/</c>);
/// plus each policy's source hash as the search index holds it. Kept in <c>_build/cache/site.json</c> by <c>generator
/// build</c>; a missing, stale or unreadable cache only means a full build. A file of the record that is no longer in
/// <c>_site/</c> is made again.
/// </summary>
internal sealed class SiteCache
{
    public sealed record FileState(string? Key, string Hash, long Size);

    /// <summary>What <c>_build/cache/site.json</c> holds.</summary>
    internal sealed record Stored(int Format, string Site, IReadOnlyDictionary<string, FileState> Files, string? IndexKey, IReadOnlyDictionary<string, string> Policies);

    private const int Format = 1;

    private readonly IReadOnlyDictionary<string, FileState> files;
    private readonly SiteOutput? memory;
    private readonly string? folder;
    private readonly HashSet<string>? onDisk;
    private readonly Func<string, StaticSearch.IndexState?> indexStates;

    private SiteCache(IReadOnlyDictionary<string, FileState> files, SiteOutput? memory, string? folder, HashSet<string>? onDisk, string? indexKey, IReadOnlyDictionary<string, string> policies,
        Func<string, StaticSearch.IndexState?> indexStates)
    {
        this.indexStates = indexStates;
        this.files = files;
        this.memory = memory;
        this.folder = folder;
        this.onDisk = onDisk;
        IndexKey = indexKey;
        Policies = policies;
    }

    /// <summary>The key of everything the search index depends on besides the policies; null when no index was written.</summary>
    public string? IndexKey { get; }

    /// <summary>Each policy's source hash, as the search index holds it.</summary>
    public IReadOnlyDictionary<string, string> Policies { get; }

    public IEnumerable<string> Paths => files.Keys;

    /// <summary>Whether this is the preview's last build, held in memory.</summary>
    public bool HeldInMemory => memory is not null;

    /// <summary>The static search index of a language as the last build left it, for this one to update; null when unknown.</summary>
    public StaticSearch.IndexState? IndexState(string language) => indexStates(language);

    public FileState? Find(string path) => files.GetValueOrDefault(path);

    /// <summary>The bytes of a file of the last build, or where they lie on disk; null when they are gone.</summary>
    public (byte[]? Bytes, string? Disk)? Bytes(string path)
    {
        if (memory is not null)
        {
            return memory.Get(path) is { } bytes ? (bytes, null) : null;
        }

        return onDisk!.Contains(path) ? (null, Path.Combine(folder!, path)) : null;
    }

    /// <summary>The preview's last good build, still in memory.</summary>
    public static SiteCache InMemory(SiteOutput output) => new(output.States(), output, null, null, null, new Dictionary<string, string>(), language => output.IndexStates.TryGetValue(language, out var state) ? state : null);

    /// <summary>The cache of the site in <paramref name="site"/>, or null when there is none that can be trusted (then the build is a full one).</summary>
    public static SiteCache? Load(string cacheFile, string site)
    {
        try
        {
            if (!File.Exists(cacheFile) || !Directory.Exists(site))
            {
                return null;
            }

            var stored = JsonSerializer.Deserialize(File.ReadAllBytes(cacheFile), SiteCacheJson.Default.Stored);
            // The site's files are listed once here, not looked at one by one as each is kept (28,800 of them were 0.15 s
            // of a rebuild at a thousand policies).
            return stored is { Format: Format } && stored.Site == Path.GetFullPath(site) && stored.Files is not null && stored.Policies is not null
                ? new SiteCache(stored.Files, null, stored.Site, SiteOutput.FilesIn(stored.Site).ToHashSet(StringComparer.Ordinal), stored.IndexKey, stored.Policies,
                    IndexStatesBeside(cacheFile))
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The static search states kept beside <paramref name="cacheFile"/>, each read when first asked for: a build whose
    /// search index is kept whole never reads them (read beforehand on a core of their own, they cost a rebuild after
    /// a front-matter edit at a thousand policies a tenth of its time).
    /// </summary>
    private static Func<string, StaticSearch.IndexState?> IndexStatesBeside(string cacheFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(cacheFile))!;
        var states = Policy.Knowledge.Content.Languages.All.ToDictionary(
            language => language, language => new Lazy<StaticSearch.IndexState?>(() => StaticSearch.IndexState.Read(Path.Combine(folder, StaticSearch.IndexState.FileName(language)))));
        return language => states.TryGetValue(language, out var state) ? state.Value : null;
    }

    /// <summary>Records what was just written to <paramref name="site"/> (and indexed), replacing the old record in one step.</summary>
    public static void Save(string cacheFile, byte[] record)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
        var temporary = $"{cacheFile}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, record);
        File.Move(temporary, cacheFile, overwrite: true);
    }

    /// <summary>The record of a complete build (<paramref name="output"/>) about to be written to <paramref name="site"/>, for <see cref="Save"/>.</summary>
    public static byte[] Record(string site, SiteOutput output, string? indexKey, IReadOnlyDictionary<string, string> policies) =>
        JsonSerializer.SerializeToUtf8Bytes(new Stored(Format, Path.GetFullPath(site), output.States(), indexKey, policies), SiteCacheJson.Default.Stored);

    /// <summary>Forgets the cache before the site changes under it: a build interrupted while writing is followed by a full one.</summary>
    public static void Delete(string cacheFile)
    {
        if (File.Exists(cacheFile))
        {
            File.Delete(cacheFile);
        }
    }
}

/// <summary>
/// The serializer's metadata for <c>site.json</c>, made at compile time: worked out by reflection, reading the record of
/// 29,000 files took 105-120 ms of a rebuild at a thousand policies (the build waited for it), writing it 55-75 ms.
/// </summary>
[JsonSerializable(typeof(SiteCache.Stored))]
internal sealed partial class SiteCacheJson : JsonSerializerContext;
