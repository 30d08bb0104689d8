using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>schema.org <c>Legislation</c> metadata for search engines; serialised so that it can never break out of its script element.</summary>
internal static class JsonLd
{
    // Readable Chinese, while '<', '>' and '&' stay escaped so the JSON cannot close its script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Legislation(BilingualPolicy policy, string lang, SiteSettings site)
    {
        var document = policy.In(lang) ?? policy.Chinese;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = document.Meta.Title,
            ["legislationIdentifier"] = policy.Meta.DocNumber,
            ["legislationDate"] = policy.Meta.DateWritten?.ToString("yyyy-MM-dd"),
            ["datePublished"] = policy.Meta.DateIssued?.ToString("yyyy-MM-dd"),
            ["legislationPassedBy"] = new Dictionary<string, object?>
            {
                ["@type"] = "GovernmentOrganization",
                ["name"] = document.Meta.Issuer ?? policy.Meta.Issuer,
            },
            ["inLanguage"] = Languages.HtmlLang(document.Language),
            ["url"] = site.AbsoluteUrl(SiteLinks.Policy(lang, policy.Id)),
        };
        if (policy.English is not null && lang == Languages.English)
        {
            data["translationOfWork"] = new Dictionary<string, object?>
            {
                ["@type"] = "Legislation",
                ["url"] = site.AbsoluteUrl(SiteLinks.Policy(Languages.Chinese, policy.Id)),
                ["inLanguage"] = "zh-CN",
            };
        }

        return JsonSerializer.Serialize(data, Options);
    }
}
