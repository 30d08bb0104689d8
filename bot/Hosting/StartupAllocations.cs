using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Hosting;

/// <summary>
/// The bot's first load of the knowledge runs in a no-collection window (<see cref="NoCollectionWindow"/>) sized from
/// what the last build wrote. Reloads while serving never use it: they must not hold the garbage of live requests.
/// </summary>
internal static class StartupAllocations
{
    // What a load allocates, per byte of the build's cache and index it reads (measured at N=1000: 325 MB for 84 + 35 MB).
    private const int BytesPerBuiltByte = 3;

    public static T WithoutCollections<T>(string contentRoot, Func<T> load) =>
        NoCollectionWindow.Run(BuiltBytes(contentRoot) * BytesPerBuiltByte, load);

    private static long BuiltBytes(string contentRoot)
    {
        try
        {
            var documents = new FileInfo(Path.Combine(BuiltIndex.RepositoryRoot(contentRoot), DocumentCache.BuiltFile));
            var index = new DirectoryInfo(BuiltIndex.FolderFor(contentRoot));
            return (documents.Exists ? documents.Length : 0) + (index.Exists ? index.GetFiles().Sum(f => f.Length) : 0);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
