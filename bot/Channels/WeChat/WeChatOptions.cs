using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Policy.Bot.Channels.WeChat;

/// <summary>Configuration <c>WeChat:*</c> (公众号服务器配置); environment variables <c>WeChat__Token</c> etc. work too.</summary>
public sealed partial class WeChatOptions
{
    /// <summary>False switches the WeChat channel off: /wechat is not served and no Token is needed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>3–32 letters and digits, as the WeChat admin console allows.</summary>
    public string Token { get; set; } = "";

    /// <summary>The account's AppID, "wx" and letters or digits.</summary>
    public string AppId { get; set; } = "";

    /// <summary>43 Base64 characters from the admin console. Safe-mode (encrypt_type=aes) requests need it.</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>Requests whose timestamp is further than this from now are refused as replays.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a reply is kept for retries and replays: a signed request is accepted while its timestamp is within
    /// <see cref="MaxClockSkew"/> either side of now, so a captured one can come back that much later; keep it longer.
    /// </summary>
    public TimeSpan ReplyLifetime => MaxClockSkew * 2 + TimeSpan.FromMinutes(1);

    [GeneratedRegex("^[A-Za-z0-9]{3,32}$")]
    internal static partial Regex TokenForm();

    [GeneratedRegex("^wx[A-Za-z0-9]{8,32}$")]
    internal static partial Regex AppIdForm();

    [GeneratedRegex("^[A-Za-z0-9+/]{43}$")]
    internal static partial Regex AesKeyForm();
}

/// <summary>Checks the WeChat settings once, at start: a forged or undecryptable message must never be the first sign of a typo.</summary>
public sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!WeChatOptions.TokenForm().IsMatch(options.Token))
        {
            errors.Add((options.Token.Length == 0 ? "WeChat:Token is not set" : "WeChat:Token must be 3–32 letters and digits"));
        }

        if (!WeChatOptions.AppIdForm().IsMatch(options.AppId))
        {
            errors.Add((options.AppId.Length == 0 ? "WeChat:AppId is not set" : "WeChat:AppId must be the account's AppID, 'wx' followed by letters and digits"));
        }

        if (!WeChatOptions.AesKeyForm().IsMatch(options.EncodingAesKey))
        {
            errors.Add(options.EncodingAesKey.Length switch
            {
                0 => "WeChat:EncodingAesKey is not set",
                43 => "WeChat:EncodingAesKey must be 43 Base64 characters: letters, digits, + and / only",
                var length => $"WeChat:EncodingAesKey must be 43 Base64 characters, not {length} characters",
            });
        }

        if (options.MaxClockSkew <= TimeSpan.Zero || options.MaxClockSkew > TimeSpan.FromHours(1))
        {
            errors.Add("WeChat:MaxClockSkew must be between 00:00:01 and 01:00:00");
        }

        if (errors.Count > 0)
        {
            errors.Add("(or set WeChat:Enabled=false to run without the WeChat channel)");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
