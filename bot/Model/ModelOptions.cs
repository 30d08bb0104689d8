namespace Policy.Bot.Model;

/// <summary>Configuration <c>Bot:Model:*</c>: any OpenAI-compatible chat endpoint (vLLM, Ollama, a Qwen or DeepSeek server, Azure OpenAI's v1 API).</summary>
public sealed class ModelOptions
{
    /// <summary>The API base, e.g. http://127.0.0.1:11434/v1; empty leaves the model off.</summary>
    public string? Endpoint { get; set; }

    public string? Name { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>After this the default answer is sent instead.</summary>
    public double TimeoutSeconds { get; set; } = 3;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Name);
}
