using Microsoft.Extensions.Configuration;
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

    public SessionOptions Sessions { get; set; } = new();

    public ModelOptions Model { get; set; } = new();

    public static BotOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Bot");
        var options = new BotOptions { Content = section["Content"] };
        var sessions = section.GetSection("Sessions");
        options.Sessions.Path = sessions["Path"] ?? options.Sessions.Path;
        if (double.TryParse(sessions["IdleMinutes"], System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            options.Sessions.IdleTimeout = TimeSpan.FromMinutes(minutes);
        }

        var model = section.GetSection("Model");
        options.Model.Endpoint = model["Endpoint"];
        options.Model.Name = model["Name"];
        options.Model.ApiKey = model["ApiKey"];
        if (double.TryParse(model["TimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            options.Model.TimeoutSeconds = seconds;
        }

        return options;
    }
}
