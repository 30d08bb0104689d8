using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Policy.Bot.Tests.Server;

/// <summary>What only a real socket shows: proxies' headers and clients that hang up.</summary>
public sealed class KestrelFaultTests
{
    private static async Task<HttpStatusCode> ChatFromAsync(KestrelBot bot, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { question = "刻章要钱吗" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await bot.Http.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_reader_has_their_own_rate_limit_bucket()
    {
        await using var bot = await KestrelBot.StartAsync("--RateLimit:PerIpPerMinute=2", "--Proxy:KnownProxies=127.0.0.1");

        Assert.Equal(HttpStatusCode.OK, await ChatFromAsync(bot, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ChatFromAsync(bot, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ChatFromAsync(bot, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ChatFromAsync(bot, "203.0.113.8"));
    }

    [Fact]
    public async Task X_forwarded_for_from_an_unknown_proxy_is_ignored()
    {
        await using var bot = await KestrelBot.StartAsync("--RateLimit:PerIpPerMinute=2", "--Proxy:KnownProxies=10.9.8.7");

        Assert.Equal(HttpStatusCode.OK, await ChatFromAsync(bot, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await ChatFromAsync(bot, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ChatFromAsync(bot, "203.0.113.9")); // a forger cannot pick a fresh bucket
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_request_is_one_information_line_and_no_error()
    {
        await using var bot = await KestrelBot.StartAsync("--Logging:LogLevel:Policy.Bot=Information", "--Logging:LogLevel:Microsoft=Information");
        var uri = new Uri(bot.Url);
        var ts = WeChatClient.Now.ToString(CultureInfo.InvariantCulture);
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
            var stream = tcp.GetStream();
            var head = $"POST /wechat?signature=x&timestamp={ts}&nonce=n&openid=o_gone HTTP/1.1\r\nHost: bot\r\nContent-Type: text/xml\r\nContent-Length: 5000\r\n\r\n<xml><Content>半句";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head), TestContext.Current.CancellationToken);
            await stream.FlushAsync(TestContext.Current.CancellationToken);
        }

        for (var i = 0; i < 100 && !bot.Logs.Entries.Any(e => e.Message.StartsWith("POST /wechat:", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var line = Assert.Single(bot.Logs.Entries, e => e.Message.StartsWith("POST /wechat:", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }
}
