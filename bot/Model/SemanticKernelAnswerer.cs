using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Policy.Bot.Answering;
using Policy.Bot.Plugins;

namespace Policy.Bot.Model;

/// <summary>
/// The optional model, through Semantic Kernel's OpenAI connector pointed at any compatible endpoint. The kernel lets the model
/// call the plugins itself (automatic function calling). Its text replaces the default answer's only if it arrives within the
/// time limit and its citations verify; verdicts and the follow-up question always stay the rules engine's.
/// </summary>
public sealed class SemanticKernelAnswerer : IModelAnswerer
{
    private readonly Kernel kernel;
    private readonly BotKnowledge knowledge;
    private readonly ModelOptions options;
    private readonly ILogger logger;

    public SemanticKernelAnswerer(BotKnowledge knowledge, ModelOptions options, HttpClient? httpClient = null, ILogger? logger = null)
    {
        this.knowledge = knowledge;
        this.options = options;
        this.logger = logger ?? NullLogger.Instance;
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(
            modelId: options.Name!,
            endpoint: new Uri(options.Endpoint!),
            apiKey: string.IsNullOrEmpty(options.ApiKey) ? "not-needed" : options.ApiKey,
            httpClient: httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        builder.Plugins.AddFromObject(new PolicySearchPlugin(knowledge), "policy_search");
        builder.Plugins.AddFromObject(new EligibilityPlugin(knowledge), "eligibility");
        builder.Plugins.AddFromObject(new ClauseLookupPlugin(knowledge), "clause_lookup");
        builder.Plugins.AddFromObject(new UnitsPlugin(knowledge), "units");
        kernel = builder.Build();
    }

    public async Task<BotResult?> TryAnswerAsync(AnswerContext context, BotResult defaultResult, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            var history = new ChatHistory(ModelPrompt.System(knowledge.Intro, context.Language));
            history.AddUserMessage(ModelPrompt.User(context, defaultResult));
            var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 };
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, timeout.Token);
            var parsed = ModelReply.Parse(reply.Content ?? "", context.Language, knowledge, out var problem);
            if (parsed is null)
            {
                logger.LogWarning("Model answer rejected: {Problem}", problem);
                return null;
            }

            var (text, citations) = parsed.Value;
            if (defaultResult.FollowUp is { } followUp && !text.Contains(followUp, StringComparison.Ordinal))
            {
                text += "\n" + followUp;
            }

            return defaultResult with { Answer = text, Citations = citations, Source = "model" };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Model did not answer within {Seconds} s", options.TimeoutSeconds);
            return null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the model or its server does wrong, the user still gets the default answer.
            logger.LogWarning("Model failed: {Error}", error.Message);
            return null;
        }
    }
}
