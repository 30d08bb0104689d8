using System.Text;
using System.Xml;

namespace Policy.Bot.Channels.WeChat;

/// <summary>The XML WeChat expects back: a passive text reply, and the safe-mode envelope around it.</summary>
public static class WeChatReply
{
    public static string Text(string toUser, string fromUser, long createTime, string content) =>
        Write(w =>
        {
            Cdata(w, "ToUserName", toUser);
            Cdata(w, "FromUserName", fromUser);
            w.WriteElementString("CreateTime", createTime.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Cdata(w, "MsgType", "text");
            Cdata(w, "Content", content);
        });

    public static string Envelope(string encrypt, string signature, string timestamp, string nonce) =>
        Write(w =>
        {
            Cdata(w, "Encrypt", encrypt);
            Cdata(w, "MsgSignature", signature);
            w.WriteElementString("TimeStamp", timestamp);
            Cdata(w, "Nonce", nonce);
        });

    private static string Write(Action<XmlWriter> body)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            writer.WriteStartElement("xml");
            body(writer);
            writer.WriteEndElement();
        }

        return builder.ToString();
    }

    /// <summary>CDATA cannot hold "]]>": split it across two sections.</summary>
    private static void Cdata(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        var parts = value.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
        {
            writer.WriteCData(i < parts.Length - 1 ? parts[i] + "]]" : parts[i]);
            if (i < parts.Length - 1)
            {
                writer.WriteCData(">");
            }
        }

        writer.WriteEndElement();
    }
}
