using System.Reflection;

namespace Policy.Knowledge;

/// <summary>
/// Which code an assembly was compiled from: the hash of its sources that the build stamps on it (Directory.Build.targets),
/// and the runtime's version. Every compile of the same sources (the generator's and the bot's copy of this library,
/// Debug or Release, a ReadyToRun publish) gives the same version; any change to the code, or to the runtime that runs
/// it, a new one. What is kept between runs (parsed documents, analyses, snapshots) is keyed by it. An assembly without
/// the stamp falls back to its module's id, which differs for every compile.
/// </summary>
public static class CodeVersion
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, string> Versions = new();

    /// <summary>The version of the assembly that holds <paramref name="type"/>.</summary>
    public static string Of(Type type) => Versions.GetOrAdd(type.Assembly, Read);

    // The runtime that runs it too: a patch of the framework (a newer runtime rolled forward to) may change what the
    // code computes, e.g. Unicode normalisation tables.
    private static string Read(Assembly assembly) =>
        (assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceHash")?.Value is { Length: > 0 } hash
            ? hash
            : assembly.ManifestModule.ModuleVersionId.ToString()) + "/" + Environment.Version;
}
