using Policy.Bot.Answering;
using Policy.Bot.Model;
using Policy.Bot.Hosting;
using Policy.Bot.Sessions;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Tests;

/// <summary>Bots over the repository's real content, search and rules, with sessions in memory.</summary>
internal static class TestBots
{
    private static readonly Lazy<BotKnowledge> SharedKnowledge = new(() => KnowledgeLoader.Load(RepoPaths.Content, null));

    public static BotKnowledge Knowledge => SharedKnowledge.Value;

    public static PolicyBot Create(ISessionStore? store = null, IModelAnswerer? model = null) =>
        new(Knowledge, store ?? new InMemorySessionStore(TimeSpan.FromMinutes(30)), model);

    public static PolicyBot WithModel(string endpoint, double timeoutSeconds = 3, Microsoft.Extensions.Logging.ILogger? log = null) =>
        Create(model: new SemanticKernelAnswerer(Knowledge, new ModelOptions { Endpoint = endpoint, Name = "scripted", ApiKey = "test", TimeoutSeconds = timeoutSeconds }, logger: log));
}
