using Microsoft.Extensions.Configuration;

namespace Policy.Bot.Server;

/// <summary>Configuration <c>Site:*</c>: the built site served at the root (the one-command demo) and the origins allowed to call the chat API.</summary>
public sealed class SiteOptions
{
    public string? Path { get; set; }

    public string[] Origins { get; set; } = [];
}

/// <summary>Configuration <c>RateLimit:*</c> for addresses (per-user limits are the conversation core's).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Web chat requests one address may send a minute.</summary>
    public int PerIpPerMinute { get; set; } = 30;

    /// <summary>Requests to /wechat from one address a minute; 0 (the default) turns it off, since every WeChat message comes from WeChat's servers.</summary>
    public int WeChatPerIpPerMinute { get; set; }
}

/// <summary>
/// Configuration <c>Proxy:*</c>: the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto the server believes, so
/// limits and logs see the reader's address, not the proxy's. Default: a proxy on this machine (127.0.0.1, ::1).
/// </summary>
public sealed class ProxyOptions
{
    public string[] KnownProxies { get; set; } = ["127.0.0.1", "::1"];

    /// <summary>CIDR ranges, e.g. 10.0.0.0/8.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

internal static class ConfigurationLists
{
    /// <summary>A list setting written either as an array (appsettings.json) or as one comma-separated value (environment, command line).</summary>
    public static string[]? List(this IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        if (section.Value is { } single)
        {
            return single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var items = section.GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        return items.Length > 0 ? items : null;
    }
}
