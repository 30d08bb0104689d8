using System.Runtime;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Hosting;

/// <summary>
/// The first load of the knowledge is one burst of allocations that nearly all live as long as the process. Collecting
/// during it only copies them from generation to generation: at a thousand policies, 70 collections paused the start
/// for 0.4 s of its 2.5 s (a small machine's generation-0 budget is a few megabytes). So the first load runs in a
/// no-collection window sized from what the last build wrote; a load that allocates more simply leaves the window
/// (collections resume). Reloads while serving never use it: they must not hold the garbage of live requests.
/// </summary>
internal static class StartupAllocations
{
    // What a load allocates, per byte of the build's cache and index it reads (measured at N=1000: 325 MB for 84 + 35 MB).
    private const int BytesPerBuiltByte = 3;
    private const long Least = 64L << 20;
    private const long Most = 4L << 30;

    public static T WithoutCollections<T>(string contentRoot, Func<T> load)
    {
        var started = false;
        try
        {
            // Asked while a window is open, the runtime ends that one and throws: a window already open is left alone.
            started = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion
                && GC.TryStartNoGCRegion(Math.Clamp(BuiltBytes(contentRoot) * BytesPerBuiltByte, Least, Most));
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Larger than this runtime allows, or a window opened meanwhile: load with collections as usual.
        }

        try
        {
            return load();
        }
        finally
        {
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // The load outgrew the window and a collection ended it: nothing to end.
                }
            }
        }
    }

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
