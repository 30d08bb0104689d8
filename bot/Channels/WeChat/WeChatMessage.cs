using System.Xml;

namespace Policy.Bot.Channels.WeChat;

/// <summary>An incoming WeChat message or event: the fields the bot uses.</summary>
public sealed record WeChatMessage(
    string ToUserName,
    string FromUserName,
    long CreateTime,
    string MsgType,
    string? Content,
    string? MsgId,
    string? Event,
    string? Recognition,
    string? Encrypt)
{
    /// <summary>Parses the XML WeChat posts, refusing DTDs (no XXE) and anything oversized; null when malformed.</summary>
    public static WeChatMessage? Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 64 * 1024,
            IgnoreComments = true,
        };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var root = System.Xml.Linq.XElement.Load(reader);
            if (root.Name.LocalName != "xml")
            {
                return null;
            }

            foreach (var element in root.Elements())
            {
                fields[element.Name.LocalName] = element.Value;
            }
        }
        catch (XmlException)
        {
            return null;
        }

        string? Get(string name) => fields.TryGetValue(name, out var v) ? v : null;
        _ = long.TryParse(Get("CreateTime"), out var created);
        return new WeChatMessage(
            Get("ToUserName") ?? "", Get("FromUserName") ?? "", created, Get("MsgType") ?? "",
            Get("Content"), Get("MsgId"), Get("Event"), Get("Recognition"), Get("Encrypt"));
    }
}
