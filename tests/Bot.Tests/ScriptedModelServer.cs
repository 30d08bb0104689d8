using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Policy.Bot.Tests;

/// <summary>
/// A stand-in for an OpenAI-compatible model server (vLLM, Ollama…) on a free loopback port: real HTTP, replies scripted
/// by the test. Each request's JSON body is kept so the test can see what the bot sent (e.g. the tool results).
/// </summary>
internal sealed class ScriptedModelServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ScriptedModelServer(WebApplication app) => this.app = app;

    public List<JsonElement> Requests { get; } = [];

    public string Endpoint { get; private set; } = "";

    /// <param name="script">Given the request body and its 0-based number, writes the reply.</param>
    public static async Task<ScriptedModelServer> StartAsync(Func<JsonElement, int, HttpContext, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ScriptedModelServer(app);
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            int number;
            lock (server.Requests)
            {
                number = server.Requests.Count;
                server.Requests.Add(body.RootElement.Clone());
            }

            await script(body.RootElement, number, context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    public static Task ReplyText(HttpContext context, string text) =>
        Reply(context, new { role = "assistant", content = text }, "stop");

    public static Task ReplyToolCall(HttpContext context, string function, object arguments) =>
        Reply(context, new
        {
            role = "assistant",
            content = (string?)null,
            tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = function, arguments = JsonSerializer.Serialize(arguments) } } },
        }, "tool_calls");

    /// <summary>The name the bot gave a plugin function in the request's tool list, whatever separator the connector uses.</summary>
    public static string ToolName(JsonElement request, string functionName) =>
        request.GetProperty("tools").EnumerateArray()
            .Select(t => t.GetProperty("function").GetProperty("name").GetString()!)
            .First(n => n.EndsWith(functionName, StringComparison.Ordinal));

    private static Task Reply(HttpContext context, object message, string finishReason)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = "scripted",
            choices = new[] { new { index = 0, message, finish_reason = finishReason } },
            usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
