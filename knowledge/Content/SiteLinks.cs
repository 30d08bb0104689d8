using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Content;

/// <summary>The site's URL scheme, in one place: the generator writes these paths, the bot cites them.</summary>
public static class SiteLinks
{
    public static string Home(string language) => $"{language}/";

    public static string Policy(string language, string documentId) => $"{language}/policies/{documentId}/";

    public static string Clause(string language, string documentId, string anchor) => $"{Policy(language, documentId)}#{anchor}";

    public static string Unit(string language, string unitId) => $"{language}/units/{unitId}/";

    public static string Units(string language) => $"{language}/units/";

    public static string Policies(string language) => $"{language}/policies/";

    public static string Search(string language) => $"{language}/search/";

    public static string Check(string language) => $"{language}/check/";

    /// <summary>
    /// Why a link written in a policy's Markdown leads nowhere, or null when it resolves.
    /// Checked: same-page anchors (<c>#measure-5</c>) and links to policy pages (<c>/zh/policies/id/#anchor</c>).
    /// </summary>
    public static LocalizedText? ExplainBrokenContentLink(string url, PolicyDocument document, ContentSet content)
    {
        if (url.StartsWith('#'))
        {
            var anchor = url[1..];
            if (document.Find(anchor) is not null)
            {
                return null;
            }

            var (zh, en) = NearestMatch.Suggest(anchor, document.Sections.Select(s => s.Anchor), "#");
            return new($"链接“{url}”指向的小节在本文件里不存在：请改成已有标题的锚点。{zh}", $"link '{url}' points to no section of this document.{en}".TrimEnd('.'));
        }

        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = url.TrimStart('/').Split('#', 2);
        var segments = parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 3 && Languages.All.Contains(segments[0]) && segments[1] == "policies")
        {
            var policy = content.FindPolicy(segments[2]);
            if (policy is null)
            {
                var (zh, en) = NearestMatch.Suggest(segments[2], content.Policies.Select(p => p.Id));
                return new($"链接“{url}”指向的政策“{segments[2]}”不存在：请核对政策编号（content/policies/ 下的文件夹名）。{zh}",
                    $"link '{url}' points to an unknown policy '{segments[2]}'.{en}".TrimEnd('.'));
            }

            if (parts.Length == 2 && policy.Chinese.Find(parts[1]) is null)
            {
                var (zh, en) = NearestMatch.Suggest(parts[1], policy.Chinese.Sections.Select(s => s.Anchor), "#");
                return new($"链接“{url}”指向的小节在“{segments[2]}”里不存在。{zh}", $"link '{url}' points to no section of '{segments[2]}'.{en}".TrimEnd('.'));
            }
        }

        return null;
    }
}
