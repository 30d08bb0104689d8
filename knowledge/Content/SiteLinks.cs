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
    public static string? ExplainBrokenContentLink(string url, PolicyDocument document, ContentSet content)
    {
        if (url.StartsWith('#'))
        {
            var anchor = url[1..];
            return document.Find(anchor) is null ? $"link '{url}' points to no section of this document" : null;
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
                return $"link '{url}' points to an unknown policy '{segments[2]}'";
            }

            if (parts.Length == 2 && policy.Chinese.Find(parts[1]) is null)
            {
                return $"link '{url}' points to no section of '{segments[2]}'";
            }
        }

        return null;
    }
}
