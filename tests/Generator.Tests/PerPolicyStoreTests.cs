using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>
/// What the site derives from each policy, kept between runs of <c>generator build</c> in <c>_build/cache/policies/</c>:
/// a value is reused only under the key it was made from, and whatever the folder holds, a build only derives again.
/// </summary>
public sealed class PerPolicyStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "policy-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A store as a new run of <c>generator build</c> has it: empty, reading <see cref="folder"/> when first asked.</summary>
    private PerPolicyStore NewRun()
    {
        var store = new PerPolicyStore();
        store.LoadOnFirstUse(folder);
        return store;
    }

    [Fact]
    public void A_value_saved_by_one_run_is_reused_by_the_next_under_the_same_key_and_made_again_under_another()
    {
        var first = NewRun();
        Assert.Equal("hash-a", first.Get("policy-a", "card-zh", "key-1", () => "hash-a"));
        Assert.Equal(new Dictionary<string, string> { ["r1"] = "{\"id\":\"r1\"}" }, first.Get("policy-a", "rules-json", "key-1", () => new Dictionary<string, string> { ["r1"] = "{\"id\":\"r1\"}" }));
        Assert.Equal(2, first.SaveTo(folder, ["policy-a"]));

        var second = NewRun();
        Assert.Equal("hash-a", second.Get<string>("policy-a", "card-zh", "key-1", () => throw new InvalidOperationException("made again under the same key")));
        Assert.Equal("{\"id\":\"r1\"}", second.Get<Dictionary<string, string>>("policy-a", "rules-json", "key-1", () => throw new InvalidOperationException("made again"))["r1"]);
        Assert.Equal("hash-b", second.Get("policy-a", "card-zh", "key-2", () => "hash-b"));
        Assert.Equal(1, second.Made);
    }

    [Fact]
    public void A_run_that_derived_nothing_writes_nothing_and_a_kind_never_asked_for_is_left_as_it_is()
    {
        var first = NewRun();
        first.Get("policy-a", "card-zh", "key-1", () => "hash-a");
        first.Get("policy-a", "search-zh", "key-1", () => "search-a");
        first.SaveTo(folder, ["policy-a"]);

        var second = NewRun();
        second.Get("policy-a", "card-zh", "key-1", () => "other");
        Assert.Equal(0, second.SaveTo(folder, ["policy-a"]));
        Assert.Equal("search-a", NewRun().Get("policy-a", "search-zh", "key-1", () => "made again"));
    }

    [Fact]
    public void A_store_that_never_read_a_folder_still_saves_to_one()
    {
        var store = new PerPolicyStore();
        store.Get("policy-a", "card-zh", "key-1", () => "hash-a");
        Assert.Equal(1, store.SaveTo(folder, ["policy-a"]));
        Assert.Equal(1, store.SaveTo(folder, ["policy-a"]));

        Assert.Equal("hash-a", NewRun().Get<string>("policy-a", "card-zh", "key-1", () => throw new InvalidOperationException("not saved")));
    }

    [Fact]
    public void Saving_lets_go_of_the_values_of_deleted_policies()
    {
        var first = NewRun();
        first.Get("policy-a", "card-zh", "key-1", () => "hash-a");
        first.Get("policy-b", "card-zh", "key-1", () => "hash-b");
        first.SaveTo(folder, ["policy-a", "policy-b"]);

        var second = NewRun();
        second.Get("policy-a", "card-zh", "key-1", () => "other");
        Assert.Equal(1, second.SaveTo(folder, ["policy-a"]));
        Assert.DoesNotContain("policy-b", File.ReadAllText(Path.Combine(folder, "card-zh.json")), StringComparison.Ordinal);
        Assert.Equal("made again", NewRun().Get("policy-b", "card-zh", "key-1", () => "made again"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("{\"format\":99,\"values\":[[\"policy-a\",\"key-1\",\"hash-a\"]]}")]
    [InlineData("{\"format\":1,\"values\":[[\"policy-a\"]]}")]
    [InlineData("{\"format\":1,\"values\":[[\"policy-a\",\"key-1\",{\"not\":\"a string\"}]]}")]
    public void A_damaged_or_foreign_file_means_deriving_again_without_error(string file)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "card-zh.json"), file);

        var store = NewRun();
        Assert.Equal("made again", store.Get("policy-a", "card-zh", "key-1", () => "made again"));
        Assert.Equal(1, store.SaveTo(folder, ["policy-a"]));
        Assert.Equal("made again", NewRun().Get<string>("policy-a", "card-zh", "key-1", () => throw new InvalidOperationException("not saved")));
    }

    [Fact]
    public void Values_asked_for_on_several_threads_at_once_are_all_kept()
    {
        var store = NewRun();
        Parallel.For(0, 1000, i => store.Get($"policy-{i % 100}", "search-zh", "key-1", () => $"hash-{i % 100}"));

        Assert.All(Enumerable.Range(0, 100), i =>
            Assert.Equal($"hash-{i}", store.Get<string>($"policy-{i}", "search-zh", "key-1", () => throw new InvalidOperationException("not kept"))));
    }
}
