namespace Policy.Bot.Hosting;

/// <summary>How the server's and the commands' hosts are built, where the .NET defaults do not suit the bot.</summary>
internal static class HostSettings
{
    /// <summary>
    /// Settings are read once, at start. The hosts' default (reload appsettings.json when it changes) watches the working
    /// folder and every folder below it, one inotify watch each on Linux: beside a built site of a thousand policies
    /// that was 4,050 watches and 10,000 directory reads before the bot could load anything, and a larger site would run
    /// into the system's limit on watches. Nothing reads the settings again after start.
    /// </summary>
    public const string NoReloadOnChange = "--hostBuilder:reloadConfigOnChange=false";
}
