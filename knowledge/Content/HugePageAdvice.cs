using System.Globalization;
using System.Runtime.InteropServices;

namespace Policy.Knowledge.Content;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages for the length of a no-collection window, as the JVM's
/// <c>-XX:+UseTransparentHugePages</c> does for its heap. In such a window the heap only grows, into memory the process
/// has never touched: at a thousand policies a rebuild after one edit touched ~380 MB for the first time, one 4 KB page
/// fault at a time (97,000 faults; a third of its samples were faults and the runtime clearing fresh pages), and reading
/// <c>documents.bin</c> took 0.55–0.6 s of which 0.17 s remained with 2 MB pages (docs/benchmarks.md, twentieth session).
/// With collections running, the collector reuses memory it has touched, and huge pages made a full build slower: so
/// only the window gets them, and the heap goes back to the system's default after it.
/// Only where the system leaves huge pages to each program (<c>transparent_hugepage/enabled</c> is <c>[madvise]</c>);
/// with <c>[always]</c> there is nothing to ask, with <c>[never]</c> nothing to gain. Any failure leaves things as they were.
/// </summary>
internal static class HugePageAdvice
{
    private const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
    private const int AdviseHugePages = 14;   // MADV_HUGEPAGE
    private const int AdviseNoHugePages = 15; // MADV_NOHUGEPAGE: in [madvise] mode, the same as never having asked

    /// <summary>Huge pages for the heap's reserved range; returns the range to give back to <see cref="Restore"/>, or null.</summary>
    public static (nint Start, nuint Length)? ForHeap()
    {
        try
        {
            if (!OperatingSystem.IsLinux() || !File.Exists(Setting) || !File.ReadAllText(Setting).Contains("[madvise]", StringComparison.Ordinal))
            {
                return null;
            }

            var range = HeapRange();
            return range is { } r && Advise(r.Start, r.Length, AdviseHugePages) ? r : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException or FormatException or OverflowException)
        {
            return null;
        }
    }

    public static void Restore((nint Start, nuint Length)? range)
    {
        if (range is { } r)
        {
            Advise(r.Start, r.Length, AdviseNoHugePages);
        }
    }

    /// <summary>
    /// The managed heap's reservation: the run of adjacent anonymous mappings (committed parts and the reserve between them)
    /// around an object the collector has just placed, as <c>/proc/self/maps</c> lists them.
    /// </summary>
    internal static (nint Start, nuint Length)? HeapRange()
    {
        var probe = GC.AllocateArray<byte>(1, pinned: true);
        var address = (ulong)Marshal.UnsafeAddrOfPinnedArrayElement(probe, 0);
        var mappings = new List<(ulong Start, ulong End, bool Anonymous)>();
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset dev inode [path]": anonymous memory has inode 0 and no path.
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var bounds = fields[0].Split('-');
            var anonymous = fields.Length == 5 && fields[4] == "0";
            mappings.Add((ulong.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), ulong.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), anonymous));
        }

        GC.KeepAlive(probe);
        var at = mappings.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !mappings[at].Anonymous)
        {
            return null;
        }

        var (first, last) = (at, at);
        while (first > 0 && mappings[first - 1].Anonymous && mappings[first - 1].End == mappings[first].Start)
        {
            first--;
        }

        while (last < mappings.Count - 1 && mappings[last + 1].Anonymous && mappings[last + 1].Start == mappings[last].End)
        {
            last++;
        }

        return ((nint)mappings[first].Start, (nuint)(mappings[last].End - mappings[first].Start));
    }

    private static bool Advise(nint start, nuint length, int advice) => madvise(start, length, advice) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
