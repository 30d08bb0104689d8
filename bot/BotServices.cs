using Microsoft.Extensions.Logging;
using Policy.Bot.Answering;
using Policy.Bot.Model;
using Policy.Bot.Sessions;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot;

/// <summary>Builds a ready <see cref="PolicyBot"/> from options: the one place the CLI and the server wire the bot.</summary>
public static class BotServices
{
    /// <summary>Loads the knowledge from the content folder; throws <see cref="InvalidOperationException"/> naming what is wrong.</summary>
    public static BotKnowledge LoadKnowledge(string? contentRoot)
    {
        var root = contentRoot ?? ContentPaths.FindContentRoot()
            ?? throw new InvalidOperationException($"no content folder with {ContentPaths.SiteFile} found: run inside the repository or set Bot:Content / --content");
        // The Chinese word dictionaries take a few hundred milliseconds to load: load them while the content is read.
        var warmUp = Task.Run(() => SearchAnalyzers.Terms(SearchAnalyzers.ChineseWords, "个体工商户免征增值税"));
        var (content, diagnostics) = ContentLoader.Load(root);
        if (content is null || diagnostics.HasErrors)
        {
            var first = diagnostics.Sorted().FirstOrDefault(d => d.Severity == Knowledge.Diagnostics.Severity.Error);
            throw new InvalidOperationException($"the content at '{root}' has errors; run 'generator check'. First: {first}");
        }

        warmUp.Wait();
        return KnowledgeWiring.Create(content);
    }

    /// <summary>The session store the options ask for: "memory", or a SQLite file (relative paths are under the repository root).</summary>
    public static ISessionStore CreateSessionStore(SessionOptions options, string contentRoot, TimeProvider? clock = null)
    {
        if (string.Equals(options.Path, "memory", StringComparison.OrdinalIgnoreCase))
        {
            return new InMemorySessionStore(options.IdleTimeout, clock);
        }

        var repositoryRoot = Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var path = Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(repositoryRoot, options.Path);
        return new SqliteSessionStore(path, options.IdleTimeout, clock);
    }

    public static PolicyBot Create(BotOptions options, ILoggerFactory? loggers = null, HttpClient? modelHttp = null)
    {
        var knowledge = LoadKnowledge(options.Content);
        var store = CreateSessionStore(options.Sessions, knowledge.Content.Root);

        // Expired sessions are never returned; removing them for good at start-up keeps the file small.
        store.PurgeExpiredAsync().GetAwaiter().GetResult();
        IModelAnswerer? model = options.Model.Enabled
            ? new SemanticKernelAnswerer(knowledge, options.Model, modelHttp, loggers?.CreateLogger<SemanticKernelAnswerer>())
            : null;
        return new PolicyBot(knowledge, store, model, logger: loggers?.CreateLogger<PolicyBot>());
    }
}
