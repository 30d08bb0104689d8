namespace Policy.Bot.Answering;

/// <summary>An optional answerer that phrases the answer with a language model.</summary>
public interface IModelAnswerer
{
    /// <summary>
    /// The model's answer built on <paramref name="defaultResult"/> (whose verdicts stand), or null when the model failed,
    /// timed out or gave citations that do not verify; the caller then sends the default answer.
    /// </summary>
    Task<BotResult?> TryAnswerAsync(AnswerContext context, BotResult defaultResult, CancellationToken cancellationToken);
}
