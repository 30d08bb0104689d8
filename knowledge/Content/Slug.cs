using System.Text.RegularExpressions;

namespace Policy.Knowledge.Content;

/// <summary>Ids and anchors used in URLs: lowercase ASCII letters, digits and hyphens.</summary>
public static partial class Slug
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
