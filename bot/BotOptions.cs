using Microsoft.Extensions.Options;
using Policy.Bot.Model;
using Policy.Bot.Sessions;

namespace Policy.Bot;

/// <summary>
/// The bot's configuration, section <c>Bot</c>: from appsettings.json, environment variables (<c>Bot__Model__Endpoint</c>)
/// or the command line. Every setting has a default that works offline.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The content folder; default: content/ found from the working directory.</summary>
    public string? Content { get; set; }

    /// <summary>
    /// The public address of the site the bot's citations link to; default: <c>base_url</c> in site.yml (which
    /// <c>generator build --base-url</c> overrides for the built site).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Watch the knowledge <c>generator build</c> publishes and swap it in when a new build is complete.</summary>
    public bool WatchKnowledge { get; set; } = true;

    public SessionOptions Sessions { get; set; } = new();

    public ModelOptions Model { get; set; } = new();
}

/// <summary>Checks the bot's settings once, at start, naming the setting that is wrong.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        if (options.PublicBaseUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"Bot:PublicBaseUrl '{url}' is not an absolute http(s) address such as https://policy.example.gov.cn/");
        }

        if (options.Sessions.IdleMinutes <= 0)
        {
            errors.Add("Bot:Sessions:IdleMinutes must be more than 0");
        }

        if (options.Sessions.PurgeMinutes <= 0)
        {
            errors.Add("Bot:Sessions:PurgeMinutes must be more than 0");
        }

        if (options.Sessions.TimeoutMilliseconds is < 50 or > 4000)
        {
            errors.Add("Bot:Sessions:TimeoutMilliseconds must be between 50 and 4000 (a store call must fit in the reply budget)");
        }

        if (options.Model.Enabled && !Uri.TryCreate(options.Model.Endpoint, UriKind.Absolute, out _))
        {
            errors.Add($"Bot:Model:Endpoint '{options.Model.Endpoint}' is not an absolute address");
        }

        if (options.Model.TimeoutSeconds <= 0)
        {
            errors.Add("Bot:Model:TimeoutSeconds must be more than 0");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
