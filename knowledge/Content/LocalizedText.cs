namespace Policy.Knowledge.Content;

/// <summary>A text in both site languages. Chinese is authoritative.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string In(string language) => language == Languages.English ? En : Zh;
}

public static class Languages
{
    public const string Chinese = "zh";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    public static string HtmlLang(string language) => language == English ? "en" : "zh-CN";

    public static string Other(string language) => language == English ? Chinese : English;
}
