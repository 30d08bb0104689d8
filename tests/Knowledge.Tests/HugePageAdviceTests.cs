using System.Globalization;
using System.Runtime.InteropServices;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

/// <summary>
/// A no-collection window asks for huge pages for the managed heap where Linux leaves that to each program, and gives
/// the heap back to the system's default after it (the kernel's own record of each mapping, /proc/self/smaps, says so).
/// </summary>
[Collection(GarbageCollectorCollection.Name)]
public sealed class HugePageAdviceTests
{
    private static readonly bool LeftToPrograms = OperatingSystem.IsLinux()
        && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
        && File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[madvise]", StringComparison.Ordinal);

    [Fact]
    public void The_heap_range_holds_what_the_collector_places_there()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/proc/self/maps is Linux's");
        var range = HugePageAdvice.HeapRange();

        Assert.NotNull(range);
        var (start, length) = range.Value;
        foreach (var array in new[] { GC.AllocateArray<byte>(64, pinned: true), new byte[1_000], new byte[100_000] })
        {
            var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
            try
            {
                var address = (ulong)handle.AddrOfPinnedObject();
                Assert.InRange(address, (ulong)start, (ulong)start + length - 1);
            }
            finally
            {
                handle.Free();
            }
        }
    }

    [Fact]
    public void The_window_asks_for_huge_pages_and_the_heap_goes_back_to_the_default_after_it()
    {
        Assert.SkipUnless(LeftToPrograms, "transparent huge pages are not left to each program here");
        var during = NoCollectionWindow.Run(0, () => AdviceWhere(new byte[1 << 20]));
        var after = AdviceWhere(new byte[1 << 20]);

        Assert.Contains("hg", during);      // MADV_HUGEPAGE
        Assert.DoesNotContain("hg", after);
        Assert.Contains("nh", after);       // MADV_NOHUGEPAGE: in [madvise] mode, what never asking gives
    }

    [Fact]
    public void Nothing_is_asked_where_the_system_decides_alone()
    {
        Assert.SkipWhen(LeftToPrograms, "here the system leaves it to each program");
        Assert.Null(HugePageAdvice.ForHeap());
    }

    /// <summary>The VmFlags of the mapping that holds <paramref name="array"/>.</summary>
    private static string[] AdviceWhere(byte[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var address = (ulong)handle.AddrOfPinnedObject();
            var inMapping = false;
            foreach (var line in File.ReadLines("/proc/self/smaps"))
            {
                var dash = line.IndexOf('-', StringComparison.Ordinal);
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                    && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end))
                {
                    inMapping = start <= address && address < end;
                }
                else if (inMapping && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                {
                    return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                }
            }

            throw new InvalidOperationException("no mapping holds the array");
        }
        finally
        {
            handle.Free();
        }
    }
}
