using Policy.Bot.Storage.Sqlite;

namespace Policy.Bot.Tests.Server;

/// <summary>The embedded reply cache: one claim per message, the reply for retries, and expiry.</summary>
public sealed class ReplyCacheTests
{
    [Fact]
    public async Task A_message_is_claimed_once_its_reply_is_shared_and_an_expired_claim_can_be_taken_again()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        using var cache = new SqliteReplyCache(Path.Combine(folder.Path, "replies.db"), clock);
        var life = TimeSpan.FromMinutes(2);
        var token = TestContext.Current.CancellationToken;

        Assert.True(await cache.TryClaimAsync("msg:1", life, token));
        Assert.False(await cache.TryClaimAsync("msg:1", life, token));
        Assert.Null(await cache.GetAsync("msg:1", token));

        await cache.SetAsync("msg:1", "答复", life, token);
        Assert.Equal("答复", await cache.GetAsync("msg:1", token));
        Assert.False(await cache.TryClaimAsync("msg:1", life, token));

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(await cache.GetAsync("msg:1", token));
        Assert.True(await cache.TryClaimAsync("msg:1", life, token));
    }
}
