using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Policy.Bot.Answering;
using Policy.Bot.Model;
using Policy.Bot.Storage;

namespace Policy.Bot.Server;

/// <summary>
/// Loads the knowledge when the server starts and holds the ready bot. /healthz answers 200 only once it is loaded;
/// requests that arrive earlier wait for it.
/// </summary>
public sealed class BotHost(BotOptions options, ServerOptions server, ILoggerFactory loggers, ILogger<BotHost> log) : IHostedService
{
    private readonly TaskCompletionSource<PolicyBot> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BotStorage? Storage { get; private set; }

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    public Task<PolicyBot> Ready => ready.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var knowledge = BotServices.LoadKnowledge(options.Content);
                Storage = BotStorage.Create(options.Sessions, server.Redis, knowledge.Content.Root);
                IModelAnswerer? model = options.Model.Enabled ? new SemanticKernelAnswerer(knowledge, options.Model, null, loggers.CreateLogger<SemanticKernelAnswerer>()) : null;
                ready.SetResult(new PolicyBot(knowledge, Storage.Sessions, model));
                log.LogInformation("Knowledge loaded in {Milliseconds} ms ({Policies} policies, storage {Storage})", started.ElapsedMilliseconds, knowledge.Content.Policies.Count, server.Redis is null ? "sqlite" : "redis");
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Knowledge could not be loaded");
                ready.SetException(ex);
            }
        }, cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Storage?.Redis?.Dispose();
        (Storage?.Replies as IDisposable)?.Dispose();
        (Storage?.Sessions as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }
}
