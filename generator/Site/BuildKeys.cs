using System.Security.Cryptography;
using System.Text;
using Policy.Knowledge;
using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>
/// The hashes an incremental build compares: a page whose key is unchanged is kept from the last good build instead of
/// rendered again. Every key starts from the <see cref="Global"/> key, so a change to the templates, the UI strings, a
/// settings file, the build date or the generator itself makes every page again.
/// </summary>
internal static class BuildKeys
{
    /// <summary>
    /// Everything every page depends on besides the policies: the generator's and library's code, every file under
    /// templates/, every content file outside content/policies/ (site, units, facts, regions, synonyms), the base URL,
    /// the build date. Read before the content is loaded: a file saved meanwhile makes the next build render again.
    /// </summary>
    public static string Global(string contentRoot, string templatesRoot, string? baseUrl, bool preview, DateOnly buildDate)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "site-1", CodeVersion.Of(typeof(BuildKeys)),
            CodeVersion.Of(typeof(ContentSet)), baseUrl ?? "", preview ? "preview" : "build", buildDate.ToString("O"));
        AddFiles(hash, templatesRoot);
        AddFiles(hash, contentRoot, skipFolder: ContentPaths.PoliciesFolder);
        return Finish(hash);
    }

    /// <summary>
    /// What the search index depends on besides each policy's own text: the library's code and the content files outside
    /// content/policies/ (unit names are indexed with the clauses that name them).
    /// </summary>
    public static string Index(string contentRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "index-1", CodeVersion.Of(typeof(ContentSet)));
        AddFiles(hash, contentRoot, skipFolder: ContentPaths.PoliciesFolder);
        return Finish(hash);
    }

    /// <summary>A policy's own text, in both languages, as parsed.</summary>
    public static string Policy(BilingualPolicy policy) => policy.Chinese.SourceHash + "/" + (policy.English?.SourceHash ?? "-");

    public static string Of(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, parts);
        return Finish(hash);
    }

    /// <summary>The key of a page made only from what the template sees: the global key and the page's data, serialized.</summary>
    public static string OfData(string global, object page, IReadOnlyDictionary<string, object> data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, global);
        hash.AppendData(KeyJson.Bytes(page));
        foreach (var (name, value) in data.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Add(hash, name);
            hash.AppendData(KeyJson.Bytes(value));
        }

        return Finish(hash);
    }

    /// <param name="skipFolder">A folder directly under <paramref name="root"/> left out, not even listed (the thousands of policy files).</param>
    private static void AddFiles(IncrementalHash hash, string root, string? skipFolder = null)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            return;
        }

        var skipped = skipFolder is null ? null : Path.Combine(root, skipFolder);
        var files = Directory.GetFiles(root).Concat(Directory.GetDirectories(root)
            .Where(folder => folder != skipped)
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            Add(hash, Path.GetRelativePath(root, file));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (IOException)
            {
                // Being saved right now: the watcher will call for another build once it is written.
                Add(hash, Guid.NewGuid().ToString());
            }
        }
    }

    private static void Add(IncrementalHash hash, params string[] parts)
    {
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
    }

    private static string Finish(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
}
