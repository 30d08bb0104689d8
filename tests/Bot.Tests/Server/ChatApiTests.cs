using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Policy.Bot.Tests.Server;

public sealed class ChatApiTests : IAsyncLifetime
{
    private readonly BotServerFactory factory = new();
    private HttpClient http = null!;

    public async ValueTask InitializeAsync() => http = await factory.ReadyClientAsync();

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_chat_api_returns_the_same_json_as_ask()
    {
        var response = await http.PostAsJsonAsync("/api/chat", new { question = "我是小规模纳税人，每个月销售额12万元，可以免增值税吗？", session = "t1", as_of = "2022-06-01" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("zh", json.GetProperty("language").GetString());
        Assert.True(json.GetProperty("in_scope").GetBoolean());
        Assert.Contains(json.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == "jincheng-2022-67#measure-5");
        Assert.Contains(json.GetProperty("eligibility").EnumerateArray(), e => e.GetProperty("verdict").GetString() == "eligible");
    }

    [Fact]
    public async Task Cors_allows_the_configured_site_origin_only()
    {
        async Task<string?> AllowedOrigin(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/chat");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://site.example", await AllowedOrigin("https://site.example"));
        Assert.Null(await AllowedOrigin("https://evil.example"));
    }

    [Fact]
    public async Task Bad_requests_get_a_clear_error_and_never_a_stack_trace()
    {
        var badDate = await http.PostAsJsonAsync("/api/chat", new { question = "hi", as_of = "June" }, TestContext.Current.CancellationToken);
        var notJson = await http.PostAsync("/api/chat", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("YYYY-MM-DD", await badDate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.DoesNotContain("   at ", await notJson.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_ok_once_the_knowledge_is_loaded()
    {
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_session_id_outside_the_allowed_form_is_refused_never_cut()
    {
        var cancel = TestContext.Current.CancellationToken;
        var shared = new string('a', 64);
        var tooLong1 = await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗", session = shared + "1" }, cancel);
        var tooLong2 = await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗", session = shared + "2" }, cancel);
        var spaces = await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗", session = "my session" }, cancel);
        var fine = await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗", session = shared }, cancel);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong1.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong2.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, spaces.StatusCode);
        Assert.Contains("session", await spaces.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Equal(shared, JsonDocument.Parse(await fine.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("session").GetString());
    }
}
