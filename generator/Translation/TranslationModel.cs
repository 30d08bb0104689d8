using Microsoft.Extensions.Configuration;

namespace Policy.Generator.Translation;

/// <summary>
/// The model the drafts come from: the bot's own model settings (<c>Bot:Model:Endpoint</c>, <c>Bot:Model:Name</c>,
/// <c>Bot:Model:ApiKey</c> in appsettings.json or as <c>Bot__Model__…</c> environment variables), so one configuration
/// serves both. Any OpenAI-compatible server will do (vLLM, Ollama, a Qwen or DeepSeek endpoint).
/// </summary>
internal sealed record TranslationModel(string Endpoint, string Name, string? ApiKey)
{
    public const string Section = "Bot:Model";

    /// <summary>The configured model, or null when none is (the command then explains how to configure one).</summary>
    public static TranslationModel? FromConfiguration(string workingDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(workingDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var endpoint = configuration[$"{Section}:Endpoint"];
        var name = configuration[$"{Section}:Name"];
        return string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(name) ? null : new TranslationModel(endpoint.Trim(), name.Trim(), configuration[$"{Section}:ApiKey"]);
    }
}
