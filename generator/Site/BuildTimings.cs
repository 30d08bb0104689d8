using System.Diagnostics;
using System.Runtime;

namespace Policy.Generator.Site;

/// <summary>
/// Where a build's time goes, phase by phase, printed to standard error when <c>GENERATOR_TIMINGS=1</c> is set (for
/// measuring, docs/benchmarks.md); otherwise nothing is measured or printed.
/// </summary>
internal static class BuildTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GENERATOR_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    // Per thread: the search data is made on a thread of its own while the pages render.
    [ThreadStatic]
    private static long last;

    /// <summary>Starts this thread's next phase now (a thread's first phase otherwise counts from the process's start).</summary>
    public static void Begin()
    {
        if (Enabled)
        {
            last = Clock.ElapsedMilliseconds;
        }
    }

    /// <summary>Prints the time since the last mark (or the process's start), under the name of the phase that ended.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.ElapsedMilliseconds;
        Console.Error.WriteLine($"[timings] {phase,-32} {now - last,6} ms  (at {now} ms; JIT {JitInfo.GetCompiledMethodCount(),5} methods {JitInfo.GetCompilationTime().TotalMilliseconds,5:F0} ms; GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; allocated {GC.GetTotalAllocatedBytes() >> 20} MB)");
        last = now;
    }
}
