using Microsoft.Extensions.Configuration;

namespace Policy.Bot.Server;

/// <summary>Configuration <c>WeChat:*</c> (公众号服务器配置); environment variables <c>WeChat__Token</c> etc. work too.</summary>
public sealed class WeChatOptions
{
    public string Token { get; set; } = "";

    public string AppId { get; set; } = "";

    /// <summary>43 characters. When set, safe-mode (encrypt_type=aes) requests are accepted as well as plain ones.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>Requests whose timestamp is further than this from now are refused as replays.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>WeChat gives up after 5 s; the reply leaves before this.</summary>
    public TimeSpan ReplyDeadline { get; set; } = TimeSpan.FromSeconds(4.5);
}

/// <summary>Everything the server reads from configuration, besides the bot's own <c>Bot:*</c> options.</summary>
public sealed class ServerOptions
{
    public WeChatOptions WeChat { get; set; } = new();

    /// <summary><c>Sessions:Redis</c>: a StackExchange.Redis connection string; empty for the embedded SQLite store.</summary>
    public string? Redis { get; set; }

    /// <summary><c>Site:Path</c>: a built site to serve at the root (the one-command demo); empty for none.</summary>
    public string? SitePath { get; set; }

    /// <summary><c>Site:Origins</c>: the site origins allowed to call /api/chat from a browser (CORS).</summary>
    public string[] Origins { get; set; } = [];

    /// <summary><c>RateLimit:PerUserPerMinute</c>: messages one WeChat user (OpenID) may send a minute.</summary>
    public int PerUserPerMinute { get; set; } = 20;

    /// <summary><c>RateLimit:PerIpPerMinute</c>: web chat requests one address may send a minute.</summary>
    public int PerIpPerMinute { get; set; } = 30;

    /// <summary>
    /// <c>RateLimit:WeChatPerIpPerMinute</c>: requests to /wechat from one address a minute; 0 turns it off.
    /// Off by default because every WeChat user's message arrives from WeChat's own servers.
    /// </summary>
    public int WeChatPerIpPerMinute { get; set; }

    public static ServerOptions From(IConfiguration configuration)
    {
        var options = new ServerOptions();
        configuration.GetSection("WeChat").Bind(options.WeChat);
        options.Redis = configuration["Sessions:Redis"];
        options.SitePath = configuration["Site:Path"];
        var origins = configuration.GetSection("Site:Origins").Get<string[]>() ?? configuration["Site:Origins"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        options.Origins = origins ?? [];
        options.PerUserPerMinute = configuration.GetValue("RateLimit:PerUserPerMinute", options.PerUserPerMinute);
        options.PerIpPerMinute = configuration.GetValue("RateLimit:PerIpPerMinute", options.PerIpPerMinute);
        options.WeChatPerIpPerMinute = configuration.GetValue("RateLimit:WeChatPerIpPerMinute", options.WeChatPerIpPerMinute);
        return options;
    }
}
