using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Content;

public sealed record NavigationItem(string Path, LocalizedText Label);

/// <summary>A national hotline shown in the footer and on unit pages, e.g. 12345 政务服务便民热线.</summary>
public sealed record Hotline(string Number, LocalizedText Label);

/// <summary>
/// What a Chinese government site's footer carries: 主办单位, 承办单位, address, phone, ICP备案号, 公安机关备案号, 网站标识码.
/// Each is shown only when staff have filled it in; none is ever made up.
/// </summary>
public sealed record SiteFooter(LocalizedText? Sponsor, LocalizedText? Organizer, LocalizedText? Address, string? Phone, string? Icp, string? PublicSecurity, string? SiteCode)
{
    public static SiteFooter Empty { get; } = new(null, null, null, null, null, null, null);
}

/// <summary>Settings from <c>content/site.yml</c>.</summary>
public sealed record SiteSettings(
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Publisher,
    string BaseUrl,
    string? BotUrl,
    IReadOnlyList<NavigationItem> Navigation)
{
    public IReadOnlyList<Hotline> Hotlines { get; init; } = [];

    public SiteFooter Footer { get; init; } = SiteFooter.Empty;

    /// <summary>Example questions the bot offers in its welcome (<c>bot: examples:</c>); none when staff give none.</summary>
    public IReadOnlyList<LocalizedText> BotExamples { get; init; } = [];

    /// <summary>The path part of the base URL, e.g. "/" or "/policy/": every site link starts with it.</summary>
    public string BasePath
    {
        get
        {
            var path = new Uri(BaseUrl).AbsolutePath;
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    public string AbsoluteUrl(string sitePath) => BaseUrl.TrimEnd('/') + "/" + sitePath.TrimStart('/');

    public SiteSettings WithBaseUrl(string baseUrl) => this with { BaseUrl = baseUrl };

    public static SiteSettings? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlMap.ParseMap(File.ReadAllText(path), displayPath, 0, diagnostics, "site settings");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknown("title", "description", "publisher", "base_url", "bot_url", "navigation", "hotlines", "footer", "bot");
        var title = map.Localized("title", required: true);
        var description = map.Localized("description", required: true);
        var publisher = map.Localized("publisher", required: true);
        var baseUrl = map.String("base_url", required: true);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            diagnostics.Error(displayPath, map.LineOf("base_url"), $"base_url“{baseUrl}”不是完整的网址：请写成 https://example.gov.cn/ 这样的形式", $"base_url '{baseUrl}' is not an absolute URL such as https://example.gov.cn/");
            baseUrl = null;
        }

        var botUrl = map.String("bot_url");
        if (botUrl is not null && !botUrl.StartsWith('/') && !Uri.TryCreate(botUrl, UriKind.Absolute, out _))
        {
            diagnostics.Error(displayPath, map.LineOf("bot_url"), $"bot_url“{botUrl}”只能写“/”（问答机器人与网站在同一地址）或完整的网址", $"bot_url '{botUrl}' must be '/' (the bot on the site's own host) or an absolute URL");
            botUrl = null;
        }

        var navigation = new List<NavigationItem>();
        foreach (var item in map.MapList("navigation"))
        {
            item.RejectUnknown("path", "zh", "en");
            var navPath = item.String("path", required: true);
            var zh = item.String("zh", required: true);
            var en = item.String("en", required: true);
            if (navPath is not null && zh is not null && en is not null)
            {
                navigation.Add(new NavigationItem(navPath, new LocalizedText(zh, en)));
            }
        }

        if (title is null || description is null || publisher is null || baseUrl is null)
        {
            return null;
        }

        var hotlines = new List<Hotline>();
        foreach (var item in map.MapList("hotlines"))
        {
            item.RejectUnknown("number", "zh", "en");
            var number = item.String("number", required: true);
            var zh = item.String("zh", required: true);
            var en = item.String("en", required: true);
            if (number is not null && zh is not null && en is not null)
            {
                hotlines.Add(new Hotline(number, new LocalizedText(zh, en)));
            }
        }

        var footer = SiteFooter.Empty;
        if (map.Map("footer") is { } f)
        {
            f.RejectUnknown("sponsor", "organizer", "address", "phone", "icp", "public_security", "site_code");
            footer = new SiteFooter(f.Localized("sponsor"), f.Localized("organizer"), f.Localized("address"), f.String("phone"), f.String("icp"), f.String("public_security"), f.String("site_code"));
        }

        var examples = new List<LocalizedText>();
        if (map.Map("bot") is { } bot)
        {
            bot.RejectUnknown("examples");
            foreach (var item in bot.MapList("examples"))
            {
                item.RejectUnknown("zh", "en");
                var zh = item.String("zh", required: true);
                var en = item.String("en", required: true);
                if (zh is not null && en is not null)
                {
                    examples.Add(new LocalizedText(zh, en));
                }
            }
        }

        return new SiteSettings(title, description, publisher, baseUrl, botUrl, navigation) { Hotlines = hotlines, Footer = footer, BotExamples = examples };
    }
}
