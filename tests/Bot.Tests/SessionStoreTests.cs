using Policy.Bot.Sessions;
using Policy.Bot.Storage.InMemory;
using Policy.Bot.Storage.Sqlite;

namespace Policy.Bot.Tests;

public class SessionStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_session_survives_a_restart_of_the_store()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "sessions.db");
        var first = new SqliteSessionStore(file, TimeSpan.FromMinutes(30));
        var state = new SessionState { PendingFact = "taxpayer_kind", PendingRules = ["vat"], Language = "zh", AsOf = "2022-06-01" };
        state.Facts["monthly_sales_yuan"] = "120000";
        await first.SaveAsync("user-1", state, TestContext.Current.CancellationToken);

        var restarted = new SqliteSessionStore(file, TimeSpan.FromMinutes(30));
        var loaded = await restarted.GetAsync("user-1", TestContext.Current.CancellationToken);

        Assert.NotNull(loaded);
        Assert.Equal("120000", loaded.Facts["monthly_sales_yuan"]);
        Assert.Equal("taxpayer_kind", loaded.PendingFact);
        Assert.Equal(["vat"], loaded.PendingRules);
        Assert.Equal("2022-06-01", loaded.AsOf);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("memory")]
    public async Task A_session_expires_after_the_idle_time_and_saving_restarts_it(string kind)
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(Start);
        ISessionStore store = kind == "sqlite"
            ? new SqliteSessionStore(Path.Combine(folder.Path, "s.db"), TimeSpan.FromMinutes(30), clock)
            : new InMemorySessionStore(TimeSpan.FromMinutes(30), clock);
        var cancel = TestContext.Current.CancellationToken;
        await store.SaveAsync("a", new SessionState { Turns = 1 }, cancel);
        await store.SaveAsync("b", new SessionState { Turns = 1 }, cancel);

        clock.Advance(TimeSpan.FromMinutes(20));
        await store.SaveAsync("b", new SessionState { Turns = 2 }, cancel);
        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await store.GetAsync("a", cancel));
        Assert.Equal(2, (await store.GetAsync("b", cancel))?.Turns);
        Assert.Equal(1, await store.PurgeExpiredAsync(cancel));
    }

    [Fact]
    public async Task Delete_forgets_the_session()
    {
        using var folder = new TempFolder();
        var store = new SqliteSessionStore(Path.Combine(folder.Path, "s.db"), TimeSpan.FromMinutes(30));
        var cancel = TestContext.Current.CancellationToken;
        await store.SaveAsync("x", new SessionState(), cancel);

        await store.DeleteAsync("x", cancel);

        Assert.Null(await store.GetAsync("x", cancel));
    }

    [Fact]
    public void A_damaged_row_reads_as_no_session()
    {
        Assert.Null(SessionJson.Deserialize("{not json"));
    }
}
