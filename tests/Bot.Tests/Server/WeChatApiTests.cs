using System.Globalization;
using System.Net;
using System.Text;
using Policy.Bot.Channels.WeChat;

namespace Policy.Bot.Tests.Server;

/// <summary>The WeChat endpoint through WebApplicationFactory: every behaviour a real Official Account relies on.</summary>
public sealed class WeChatApiTests : IAsyncLifetime
{
    private readonly BotServerFactory factory = new();
    private HttpClient http = null!;
    private WeChatClient wechat = null!;

    public async ValueTask InitializeAsync()
    {
        http = await factory.ReadyClientAsync();
        wechat = new WeChatClient(http);
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    private static string Id() => Random.Shared.NextInt64(1_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_url_check_echoes_echostr_only_when_signed_and_fresh()
    {
        var ts = WeChatClient.Now.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(WeChatClient.Token, ts, "abc");

        Assert.Equal("hello123", await http.GetStringAsync($"/wechat?signature={signature}&timestamp={ts}&nonce=abc&echostr=hello123", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"/wechat?signature=deadbeef&timestamp={ts}&nonce=abc&echostr=x", TestContext.Current.CancellationToken)).StatusCode);
        var old = (WeChatClient.Now - 600).ToString(CultureInfo.InvariantCulture);
        var oldSignature = WeChatSignature.Compute(WeChatClient.Token, old, "abc");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"/wechat?signature={oldSignature}&timestamp={old}&nonce=abc&echostr=x", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_plain_text_message_gets_a_passive_reply_with_the_clause_link()
    {
        var response = await wechat.PostPlainAsync(WeChatClient.TextMessage("o_plain", "个体户转成公司有什么奖励？", Id()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await wechat.ReplyContentAsync(response);
        Assert.Contains("3000", reply, StringComparison.Ordinal);
        Assert.Contains("/policies/jincheng-2022-67/#measure-9", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("**", reply, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(reply!) <= 2048);
    }

    [Fact]
    public async Task A_safe_mode_message_is_decrypted_and_answered_in_a_signed_encrypted_envelope()
    {
        var response = await wechat.PostSafeAsync(WeChatClient.TextMessage("o_safe", "新办个体工商户刻公章要收费吗？", Id()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Encrypt>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("#measure-6", await wechat.ReplyContentAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_with_the_same_msgid_gets_the_same_reply_without_a_second_answer()
    {
        var id = Id();
        var first = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_retry", "第一次轻微违法会被罚款吗？", id)));
        // Same MsgId, different words: if the bot answered again, the reply would be about something else.
        var retry = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_retry", "个体户怎么贷款？", id)));

        Assert.Contains("#measure-17", first, StringComparison.Ordinal);
        Assert.Equal(first, retry);
    }

    [Fact]
    public async Task Subscribing_gets_a_welcome_and_unsubscribing_forgets_the_user()
    {
        var welcome = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.Event("o_new", "subscribe")));
        Assert.Contains("http://localhost:5080/zh/", welcome, StringComparison.Ordinal);
        Assert.Contains("不是法律决定", welcome, StringComparison.Ordinal);
        Assert.Contains("月销售额12万", welcome, StringComparison.Ordinal);

        await wechat.PostPlainAsync(WeChatClient.TextMessage("o_new", "我能免增值税吗？", Id()));
        var gone = await wechat.PostPlainAsync(WeChatClient.Event("o_new", "unsubscribe"));
        Assert.Equal("success", await gone.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // The pending question ("are you a small-scale taxpayer?") was forgotten: "是的" alone no longer continues it.
        var after = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_new", "是的", Id())));
        Assert.DoesNotContain("#measure-5", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voice_message_is_answered_from_its_recognition_and_an_image_asks_for_text()
    {
        var voice = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.Other("o_voice", "voice", Id(), "<MediaId><![CDATA[m]]></MediaId><Recognition><![CDATA[刻章要钱吗]]></Recognition>")));
        var image = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.Other("o_image", "image", Id(), "<PicUrl><![CDATA[http://x/y.jpg]]></PicUrl>")));

        Assert.Contains("#measure-6", voice, StringComparison.Ordinal);
        Assert.Contains("请用文字", image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_requests_are_refused_before_any_processing()
    {
        var message = WeChatClient.TextMessage("o_bad", "你好", Id());
        Assert.Equal(HttpStatusCode.Unauthorized, (await wechat.PostPlainAsync(message, signature: "0000000000000000000000000000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wechat.PostPlainAsync(message, timestamp: WeChatClient.Now - 301)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await wechat.PostPlainAsync("<xml><Content>unclosed")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await wechat.PostPlainAsync("""<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><MsgType>text</MsgType><Content>&x;</Content></xml>""")).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await wechat.PostPlainAsync("<xml><Content>" + new string('a', 70_000) + "</Content></xml>")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wechat.PostSafeAsync(message, encryptWithKey: "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210abcdefg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wechat.PostSafeAsync(message, encryptForAppId: "wxsomeoneelse00001")).StatusCode);
    }

    [Fact]
    public async Task A_user_sending_too_fast_gets_a_polite_reply()
    {
        string? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_fast", "刻章要钱吗", Id())));
        }

        Assert.Contains("请稍等一分钟", last, StringComparison.Ordinal);
    }
}
