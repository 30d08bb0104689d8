using System.Runtime;

namespace Policy.Knowledge.Content;

/// <summary>
/// Loading what a build wrote (<c>documents.bin</c>, the index) is one burst of allocations that nearly all live on.
/// Collecting during it only copies them from generation to generation: at a thousand policies, reading
/// <c>documents.bin</c> took 31 collections and 0.25–0.3 s of a 3.5 s rebuild, and the bot's first load 70 collections
/// and 0.4 s of its 2.5 s start (a small machine's generation-0 budget is a few megabytes). Such a load runs in a
/// no-collection window of a size the caller expects it to allocate; a load that allocates more simply leaves the window
/// (collections resume). Only for a load with nothing else running: a server's reload must not hold its requests' garbage.
/// The window's fresh memory is asked for in huge pages where the system allows it (<see cref="HugePageAdvice"/>).
/// </summary>
public static class NoCollectionWindow
{
    private const long Least = 64L << 20;
    private const long Most = 4L << 30;

    public static T Run<T>(long expectedBytes, Func<T> load)
    {
        var started = false;
        var hugePages = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion ? HugePageAdvice.ForHeap() : null;
        try
        {
            // Asked while a window is open, the runtime ends that one and throws: a window already open is left alone.
            started = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion
                && GC.TryStartNoGCRegion(Math.Clamp(expectedBytes, Least, Most));
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Larger than this runtime allows, or a window opened meanwhile: load with collections as usual.
        }

        if (!started)
        {
            // Collections run during the load: they reuse memory already touched, where huge pages cost more.
            HugePageAdvice.Restore(hugePages);
            hugePages = null;
        }

        try
        {
            return load();
        }
        finally
        {
            HugePageAdvice.Restore(hugePages);
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
}
