using System.Runtime;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

/// <summary>A load's no-collection window never outlives the load, whatever the load does.</summary>
[Collection(GarbageCollectorCollection.Name)]
public sealed class NoCollectionWindowTests
{
    // The smallest window there is (64 MB).
    private const long Small = 0;

    [Fact]
    public void The_load_runs_without_collections_and_collections_resume_after_it()
    {
        var during = NoCollectionWindow.Run(Small, () => (GCSettings.LatencyMode, Data: new byte[1 << 20]));

        Assert.Equal(GCLatencyMode.NoGCRegion, during.LatencyMode);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(1 << 20, during.Data.Length);
    }

    [Fact]
    public void A_load_that_allocates_more_than_the_window_still_completes_and_leaves_it()
    {
        var total = NoCollectionWindow.Run(Small, () =>
        {
            long sum = 0;
            for (var i = 0; i < 200; i++)
            {
                sum += new byte[1 << 20].Length; // 200 MB of garbage against a 64 MB window
            }

            return sum;
        });

        Assert.Equal(200L << 20, total);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_failing_load_throws_its_own_error_and_leaves_the_window()
    {
        var error = Assert.Throws<InvalidDataException>(() => NoCollectionWindow.Run<int>(Small, () => throw new InvalidDataException("content has errors")));

        Assert.Equal("content has errors", error.Message);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_window_already_open_is_left_to_its_owner()
    {
        Assert.True(GC.TryStartNoGCRegion(200L << 20));
        try
        {
            Assert.Equal(7, NoCollectionWindow.Run(Small, () => 7));
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            GC.EndNoGCRegion();
        }
    }
}

/// <summary>A no-collection window is process-wide: tests that open one run apart from every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectorCollection
{
    public const string Name = "garbage collector";
}
