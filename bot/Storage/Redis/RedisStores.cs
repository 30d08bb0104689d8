using Policy.Bot.Sessions;
using StackExchange.Redis;

namespace Policy.Bot.Storage.Redis;

/// <summary>Sessions in Redis, shared by every bot instance behind the load balancer; Redis expiry is the idle timeout.</summary>
public sealed class RedisSessionStore(IConnectionMultiplexer redis, TimeSpan idleTimeout) : ISessionStore
{
    private readonly IDatabase db = redis.GetDatabase();

    public async Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var value = await db.StringGetAsync("session:" + key);
        return value.IsNullOrEmpty ? null : SessionJson.Deserialize(value.ToString());
    }

    public Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default) =>
        db.StringSetAsync("session:" + key, SessionJson.Serialize(state), idleTimeout);

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => db.KeyDeleteAsync("session:" + key);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
}

/// <summary>The reply cache in Redis: SET NX claims a MsgId for exactly one instance.</summary>
public sealed class RedisReplyCache(IConnectionMultiplexer redis) : IReplyCache
{
    private const string Claimed = "\u0000claimed";
    private readonly IDatabase db = redis.GetDatabase();

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        db.StringSetAsync("reply:" + key, Claimed, lifetime, When.NotExists);

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        db.StringSetAsync("reply:" + key, reply, lifetime);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var value = await db.StringGetAsync("reply:" + key);
        return value.IsNullOrEmpty || value == Claimed ? null : value.ToString();
    }

    /// <summary>Deletes the key only while it still holds the claim (a transaction with a condition), never a stored reply.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual("reply:" + key, Claimed));
        _ = transaction.KeyDeleteAsync("reply:" + key);
        await transaction.ExecuteAsync();
    }
}
