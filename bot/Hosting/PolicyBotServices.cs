using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Answering;
using Policy.Bot.Conversations;
using Policy.Bot.Model;
using Policy.Bot.Sessions;
using Policy.Bot.Storage;
using Policy.Knowledge.Search;

namespace Policy.Bot.Hosting;

/// <summary>The bot's one composition root: the server, <c>bot ask</c>, <c>bot chat</c> and the tests all start here.</summary>
public static class PolicyBotServices
{
    /// <summary>
    /// Registers the options (validated at start), the knowledge, the session store and reply cache, the optional model,
    /// the conversation core, health checks, and the background services (expired-session purge, knowledge reload)
    /// that run when a host runs.
    /// </summary>
    public static IServiceCollection AddPolicyBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection("Bot")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection("RateLimit")).Bind(configuration.GetSection("Bot")).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var root = KnowledgeLoader.ResolveContentRoot(options.Content);
            return BotStore.Open(options.Sessions, BuiltIndex.RepositoryRoot(root), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddSingleton(sp => sp.GetRequiredService<BotStore>().Sessions);
        services.AddSingleton(sp => sp.GetRequiredService<BotStore>().Replies);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var root = KnowledgeLoader.ResolveContentRoot(options.Content);
            var knowledge = StartupAllocations.WithoutCollections(root, () => KnowledgeLoader.Load(root, options.PublicBaseUrl));
            sp.GetRequiredService<ILogger<LiveBot>>().LogInformation("Knowledge loaded in {Milliseconds} ms: {Policies} policies, links to {BaseUrl}",
                started.ElapsedMilliseconds, knowledge.Content.Policies.Count, knowledge.Content.Site.BaseUrl);
            var create = BotFactory(sp, options);
            return new LiveBot(create(knowledge), create);
        });
        services.AddSingleton(sp => sp.GetRequiredService<LiveBot>().Current);
        services.AddSingleton<ConversationService>();

        services.AddHostedService<BotStartup>();
        services.AddHostedService<SessionPurgeService>();
        services.AddHostedService<KnowledgeWatcher>();
        services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>("knowledge")
            .AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>The ready bot of a host built with <see cref="AddPolicyBot"/> (the command line's way in).</summary>
    public static PolicyBot GetPolicyBot(this IServiceProvider services) => services.GetRequiredService<LiveBot>().Current;

    private static Func<BotKnowledge, PolicyBot> BotFactory(IServiceProvider sp, BotOptions options)
    {
        var sessions = sp.GetRequiredService<ISessionStore>();
        var loggers = sp.GetRequiredService<ILoggerFactory>();
        var clock = sp.GetRequiredService<TimeProvider>();
        return knowledge =>
        {
            IModelAnswerer? model = options.Model.Enabled
                ? new SemanticKernelAnswerer(knowledge, options.Model, null, loggers.CreateLogger<SemanticKernelAnswerer>())
                : null;
            return new PolicyBot(knowledge, sessions, model, clock, loggers.CreateLogger<PolicyBot>());
        };
    }
}
