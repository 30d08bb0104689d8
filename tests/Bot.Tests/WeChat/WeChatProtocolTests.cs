using System.Text;
using Policy.Bot.Channels.WeChat;
using Policy.Bot.Conversations;

namespace Policy.Bot.Tests.WeChat;

/// <summary>
/// Known-answer vectors derived independently (Python's cryptography package, hashlib) from the rules in the
/// WeChat Official Account documentation; the C# code must reproduce them exactly.
/// </summary>
public sealed class WeChatProtocolTests
{
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private const string AppId = "wx1234567890abcdef";
    private const string Message = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Content><![CDATA[你好]]></Content></xml>";
    private const string Cipher = "Q3stYC6hdFzMh9T8HCvyDH9UTgHrzXvXNY6dSnJMj7GP6PBSWAA5ouBgYZXATrrqd7zsjLTEn8y8soLZld8E5d1trgJ5EXS9udiZfNea/NhZHPOtZDaWmWeJPcXZ15BJx7hb9K1K+z/LC80DLP03Aw3BhSfxlrtoKohma4E4JyrTrVqeyl5yiZ3+ZGvn4qWFDYc9NAF2JmuhZYCuXA6lHw==";

    [Fact]
    public void Signatures_match_the_known_answers()
    {
        Assert.Equal("ce6a8ae7e5226695b1be2f1ea2052e53b529af80", WeChatSignature.Compute("policytoken", "1700000000", "noncenonce"));
        Assert.Equal("7cd60cc0956a09bfaadf88a5e4ff008de09f9662", WeChatSignature.Compute("policytoken", "1700000000", "noncenonce", Cipher));
        Assert.True(WeChatSignature.Matches("CE6A8AE7E5226695B1BE2F1EA2052E53B529AF80", "noncenonce", "policytoken", "1700000000"));
        Assert.False(WeChatSignature.Matches("ce6a8ae7e5226695b1be2f1ea2052e53b529af81", "policytoken", "1700000000", "noncenonce"));
        Assert.False(WeChatSignature.Matches(null, "policytoken", "1700000000", "noncenonce"));
    }

    [Fact]
    public void Encryption_matches_the_known_answer_and_decrypts_back()
    {
        var crypto = new WeChatCrypto(AesKey, AppId);

        Assert.Equal(Cipher, crypto.Encrypt(Message, Encoding.ASCII.GetBytes("0123456789abcdef")));
        Assert.Equal(Message, crypto.Decrypt(Cipher));
    }

    [Theory]
    [InlineData("")]
    [InlineData("短")]
    [InlineData("a message whose plaintext ends exactly on a block boundary!!")]
    [InlineData("😀 emoji and 中文 and a long tail ................................................................................................")]
    public void Encryption_round_trips_any_message(string message)
    {
        var crypto = new WeChatCrypto(AesKey, AppId);

        Assert.Equal(message, crypto.Decrypt(crypto.Encrypt(message)));
    }

    [Fact]
    public void A_wrong_key_another_app_id_or_garbage_decrypts_to_nothing()
    {
        Assert.Null(new WeChatCrypto("ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210abcdefg", AppId).Decrypt(Cipher));
        Assert.Null(new WeChatCrypto(AesKey, "wx0000000000000000").Decrypt(Cipher));
        Assert.Null(new WeChatCrypto(AesKey, AppId).Decrypt("not base64 at all!"));
        Assert.Null(new WeChatCrypto(AesKey, AppId).Decrypt(Convert.ToBase64String(new byte[15])));
        Assert.Null(new WeChatCrypto(AesKey, AppId).Decrypt(Convert.ToBase64String(new byte[64])));
    }

    [Fact]
    public void Messages_parse_and_hostile_xml_is_refused()
    {
        var message = WeChatMessage.Parse("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o_user]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[我能免增值税吗？]]></Content><MsgId>1234567890123456</MsgId></xml>");

        Assert.NotNull(message);
        Assert.Equal(("gh_1", "o_user", 1700000000L, "text", "我能免增值税吗？", "1234567890123456"), (message.ToUserName, message.FromUserName, message.CreateTime, message.MsgType, message.Content, message.MsgId));
        Assert.Null(WeChatMessage.Parse("<xml><Content>unclosed"));
        Assert.Null(WeChatMessage.Parse("""<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Content>&xxe;</Content></xml>"""));
        Assert.Null(WeChatMessage.Parse("<notxml/>"));
    }

    [Fact]
    public void Replies_are_well_formed_even_when_the_text_contains_cdata_terminators()
    {
        var xml = WeChatReply.Text("o_user", "gh_1", 1700000001, "a ]]> b <tag> & 中文");

        var parsed = WeChatMessage.Parse(xml);
        Assert.Equal("a ]]> b <tag> & 中文", parsed!.Content);
        Assert.Equal("text", parsed.MsgType);
        Assert.StartsWith("<xml><ToUserName><![CDATA[o_user]]></ToUserName>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_answers_are_cut_at_a_sentence_within_2048_bytes_and_end_with_the_link()
    {
        var sentence = "对月销售额15万元以下（含本数）的增值税小规模纳税人，免征增值税。";
        var url = "https://example.gov.cn/zh/policies/jincheng-2022-67/#measure-5";
        var text = string.Concat(Enumerable.Repeat(sentence, 40)) + " 详见 " + url + " 😀😀";

        var fitted = ReplyFitter.Fit(text, url, "全文：", WeChatTexts.MaxReplyBytes);

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= WeChatTexts.MaxReplyBytes);
        Assert.EndsWith("全文：" + url, fitted, StringComparison.Ordinal);
        Assert.Contains("免征增值税。…", fitted, StringComparison.Ordinal);
        Assert.Equal(text[..200], ReplyFitter.Fit(text[..200], url, "全文：", WeChatTexts.MaxReplyBytes));
    }

    [Fact]
    public void A_reply_never_cuts_a_url_or_a_character()
    {
        var url = "https://example.gov.cn/" + new string('a', 1900);
        var text = "见" + url + "。" + new string('字', 400);

        var fitted = ReplyFitter.Fit(text, "https://example.gov.cn/", "More: ", WeChatTexts.MaxReplyBytes);

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= WeChatTexts.MaxReplyBytes);
        Assert.DoesNotContain("https://example.gov.cn/aaa", fitted, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', fitted);
    }
}
