using System.Text.RegularExpressions;

namespace Policy.Knowledge.Yaml;

/// <summary>
/// The typing slips that break YAML for people who are not programmers, recognised in the text and explained in plain
/// words at the line where they are, instead of the parser's account of where it lost its way.
/// </summary>
internal static partial class YamlSlips
{
    public sealed record Slip(int Line, string Zh, string En);

    /// <summary>The slip nearest before (or at) the line the parser stopped on; else the first one anywhere; else null.</summary>
    public static Slip? Find(string text, int errorLine)
    {
        var slips = All(text).ToList();
        return slips.LastOrDefault(s => s.Line <= errorLine) ?? slips.FirstOrDefault();
    }

    private static IEnumerable<Slip> All(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var n = i + 1;
            if (line.TrimStart(' ').StartsWith('\t') || (line.Contains('\t', StringComparison.Ordinal) && !line.TrimStart().StartsWith('#')))
            {
                yield return new(n,
                    "这一行有制表符（Tab 键）：YAML 只能用空格缩进，请把 Tab 换成空格（与上下行对齐）",
                    "this line has a tab character: YAML indents with spaces only; replace the tab with spaces, aligned with the lines around it");
                continue;
            }

            if (FullWidthColonKey().Match(line) is { Success: true } full)
            {
                var key = full.Groups["key"].Value;
                yield return new(n,
                    $"冒号应为半角‘:’：“{key}：”要写成“{key}: ”（英文冒号，后面空一格）",
                    $"the colon after '{key}' is the full-width '：'; write '{key}: ' (an ASCII colon followed by a space)");
                continue;
            }

            if (NoSpaceAfterColon().Match(line) is { Success: true } tight && !line.Contains("://", StringComparison.Ordinal))
            {
                var key = tight.Groups["key"].Value;
                yield return new(n,
                    $"“{key}:”后面要空一格再写内容，例如“{key}: …”",
                    $"put a space after '{key}:' before its value, e.g. '{key}: …'");
            }
        }
    }

    /// <summary>A field name followed by a full-width colon, at the start of a line or a list item: <c>zh：市发改委</c>.</summary>
    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*：")]
    private static partial Regex FullWidthColonKey();

    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):[^\s:/]")]
    private static partial Regex NoSpaceAfterColon();
}
