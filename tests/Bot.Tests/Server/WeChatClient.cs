using System.Globalization;
using System.Text;
using Policy.Bot.Channels.WeChat;

namespace Policy.Bot.Tests.Server;

/// <summary>Plays WeChat's side: signs, encrypts and posts messages the way the Official Account platform does.</summary>
internal sealed class WeChatClient(HttpClient http, string token = WeChatClient.Token, string? aesKey = null, string appId = WeChatClient.AppId)
{
    public const string Token = "testtoken";
    public const string AppId = "wxtestappid000001";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string TextMessage(string openId, string content, string msgId, long? created = null) =>
        Other(openId, "text", msgId, $"<Content><![CDATA[{content}]]></Content>", created);

    public static string Event(string openId, string name, long? created = null) =>
        $"<xml><ToUserName><![CDATA[gh_policy]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{created ?? Now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event></xml>";

    public static string Other(string openId, string type, string msgId, string extra = "", long? created = null) =>
        $"<xml><ToUserName><![CDATA[gh_policy]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{created ?? Now}</CreateTime><MsgType><![CDATA[{type}]]></MsgType>{extra}<MsgId>{msgId}</MsgId></xml>";

    public async Task<HttpResponseMessage> PostPlainAsync(string xml, long? timestamp = null, string? signature = null)
    {
        var ts = (timestamp ?? Now).ToString(CultureInfo.InvariantCulture);
        const string nonce = "n0nce";
        signature ??= WeChatSignature.Compute(token, ts, nonce);
        return await http.PostAsync($"/wechat?signature={signature}&timestamp={ts}&nonce={nonce}&openid=o_test", new StringContent(xml, Encoding.UTF8, "text/xml"));
    }

    public async Task<HttpResponseMessage> PostSafeAsync(string xml, string? encryptWithKey = null, string? encryptForAppId = null)
    {
        var ts = Now.ToString(CultureInfo.InvariantCulture);
        const string nonce = "s4fe";
        var crypto = new WeChatCrypto(encryptWithKey ?? aesKey ?? AesKey, encryptForAppId ?? appId);
        var encrypted = crypto.Encrypt(xml);
        var msgSignature = WeChatSignature.Compute(token, ts, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[gh_policy]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";
        var signature = WeChatSignature.Compute(token, ts, nonce);
        return await http.PostAsync($"/wechat?signature={signature}&timestamp={ts}&nonce={nonce}&openid=o_test&encrypt_type=aes&msg_signature={msgSignature}", new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    /// <summary>Posts a safe-mode envelope around ciphertext the test made itself, correctly signed.</summary>
    public async Task<HttpResponseMessage> PostEncryptedAsync(string encrypted)
    {
        var ts = Now.ToString(CultureInfo.InvariantCulture);
        const string nonce = "s4fe";
        var msgSignature = WeChatSignature.Compute(token, ts, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[gh_policy]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";
        return await http.PostAsync($"/wechat?timestamp={ts}&nonce={nonce}&openid=o_test&encrypt_type=aes&msg_signature={msgSignature}", new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    /// <summary>The reply's Content, decrypting and checking the envelope's signature in safe mode.</summary>
    public async Task<string?> ReplyContentAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var message = WeChatMessage.Parse(body);
        if (message?.Encrypt is { } encrypted)
        {
            var xml = System.Xml.Linq.XElement.Parse(body);
            var signature = xml.Element("MsgSignature")!.Value;
            var ts = xml.Element("TimeStamp")!.Value;
            var nonce = xml.Element("Nonce")!.Value;
            Assert.Equal(WeChatSignature.Compute(token, ts, nonce, encrypted), signature);
            message = WeChatMessage.Parse(new WeChatCrypto(aesKey ?? AesKey, appId).Decrypt(encrypted)!);
        }

        return message?.Content;
    }
}
