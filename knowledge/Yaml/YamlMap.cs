using System.Globalization;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Policy.Knowledge.Yaml;

/// <summary>
/// Reads a YAML mapping field by field, reporting every problem with the file and line it stands on,
/// so that staff editing content get <c>path:line</c> messages instead of exceptions.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly int lineOffset;

    private YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        this.node = node;
        Path = path;
        this.lineOffset = lineOffset;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public int Line => LineOf(node);

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Parses YAML text whose first line is line <paramref name="lineOffset"/>+1 of <paramref name="path"/>.</summary>
    public static YamlNode? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Max(1, ex.Start.Line);
            var parser = FirstSentence(ex.InnerException?.Message ?? ex.Message);
            if (YamlSlips.Find(text, line) is { } slip)
            {
                diagnostics.Error(path, slip.Line + lineOffset, slip.Zh, $"invalid YAML: {slip.En} (the parser says: {parser})");
                return null;
            }

            diagnostics.Error(path, line + lineOffset,
                "格式有误，读不懂这一行（或上一行）：请检查缩进是否与上下行对齐、冒号是否为半角‘:’且后面空一格、引号和括号是否成对",
                $"invalid YAML: {parser}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some unclosed flow collections without a position.
            diagnostics.Error(path, SuspectLine(text) + lineOffset,
                "这一行的‘[’、‘{’或引号没有配对：请补上对应的‘]’、‘}’或引号",
                "invalid YAML: a '[', '{' or quote is not closed on this line");
            return null;
        }
    }

    private static int SuspectLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Count(c => c == '[') != l.Count(c => c == ']') || l.Count(c => c == '{') != l.Count(c => c == '}') || l.Count(c => c == '"') % 2 == 1)
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>Parses a YAML mapping; reports an error and returns null when the text is not one.</summary>
    public static YamlMap? ParseMap(string text, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var root = Parse(text, path, lineOffset, diagnostics);
        return root switch
        {
            YamlMappingNode map => new YamlMap(map, path, lineOffset, diagnostics),
            null when diagnostics.HasErrors => null,
            _ => ReportNotMap(root, path, lineOffset, diagnostics, what),
        };
    }

    public static IReadOnlyList<YamlMap> ParseMapList(string text, string path, DiagnosticBag diagnostics, string what)
    {
        var root = Parse(text, path, 0, diagnostics);
        if (root is not YamlSequenceNode seq)
        {
            if (root is not null)
            {
                diagnostics.Error(path, (int)root.Start.Line, "这个文件应是一个列表：每一项以“- ”开头", $"{what} must be a list of entries");
            }

            return [];
        }

        return ListOfMaps(seq, path, 0, diagnostics, what);
    }

    private static YamlMap? ReportNotMap(YamlNode? root, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        diagnostics.Error(path, (int)(root?.Start.Line ?? 1) + lineOffset, "这里应是一组“名称: 内容”的行，例如“title: 关于……的通知”", $"{what} must be a set of 'key: value' lines");
        return null;
    }

    private static List<YamlMap> ListOfMaps(YamlSequenceNode seq, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var result = new List<YamlMap>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m)
            {
                result.Add(new YamlMap(m, path, lineOffset, diagnostics));
            }
            else
            {
                diagnostics.Error(path, (int)item.Start.Line + lineOffset, "列表的每一项都应是一组“名称: 内容”的行（如“- id: …”下面跟“  zh: …”）", $"each {what} entry must be a set of 'key: value' lines");
            }
        }

        return result;
    }

    public bool Has(string key) => Find(key) is not null;

    public int LineOf(string key) => node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? LineOf(k) : Line;

    public string? String(string key, bool required = false)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    Diagnostics.Error(Path, Line, $"缺少必填项“{key}”：请加一行“{key}: …”", $"missing required field '{key}'");
                }

                return null;
            case YamlScalarNode scalar:
                var text = scalar.Value?.Trim();
                if (string.IsNullOrEmpty(text) && required)
                {
                    Diagnostics.Error(Path, LineOf(value), $"“{key}”不能为空：请在冒号后填写内容", $"field '{key}' must not be empty");
                }

                return string.IsNullOrEmpty(text) ? null : text;
            default:
                Diagnostics.Error(Path, LineOf(value), $"“{key}”只能填一个值（一段文字），不能是列表或多行“名称: 内容”", $"field '{key}' must be a single value");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(Path, LineOf(key), $"“{key}”的“{text}”不是日期：请写成“年-月-日”的数字形式，例如 2022-12-31", $"field '{key}': '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2022-12-31");
        return null;
    }

    public decimal? Number(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Diagnostics.Error(Path, LineOf(key), $"“{key}”的“{text}”不是数字：请只写阿拉伯数字，例如 150000", $"field '{key}': '{text}' is not a number");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => ReportBool(key, text),
        };
    }

    private bool? ReportBool(string key, string text)
    {
        Diagnostics.Error(Path, LineOf(key), $"“{key}”只能写 true（是）或 false（否），现在是“{text}”", $"field '{key}': '{text}' must be true or false");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var value = Find(key);
        if (value is YamlMappingNode m)
        {
            return new YamlMap(m, Path, lineOffset, Diagnostics);
        }

        if (value is not null || required)
        {
            Diagnostics.Error(Path, value is null ? Line : LineOf(value), $"“{key}”下面应是一组“名称: 内容”的行，例如 {{ zh: …, en: … }}", $"field '{key}' must be a set of 'key: value' lines");
        }

        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var value = Find(key);
        if (value is YamlSequenceNode seq)
        {
            return ListOfMaps(seq, Path, lineOffset, Diagnostics, key);
        }

        if (value is not null)
        {
            Diagnostics.Error(Path, LineOf(value), $"“{key}”应是一个列表：每项一行，以“- ”开头", $"field '{key}' must be a list");
        }

        return [];
    }

    /// <summary>A list of strings; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, int Line)> StringList(string key)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                return [(s.Value!.Trim(), LineOf(s))];
            case YamlSequenceNode seq:
                var result = new List<(string, int)>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                    {
                        result.Add((scalar.Value!.Trim(), LineOf(item)));
                    }
                    else
                    {
                        Diagnostics.Error(Path, LineOf(item), $"“{key}”的每一项只能是一个值", $"each item of '{key}' must be a single value");
                    }
                }

                return result;
            default:
                Diagnostics.Error(Path, LineOf(value), $"“{key}”应是一串值，例如 [甲, 乙]", $"field '{key}' must be a list of values");
                return [];
        }
    }

    /// <summary>A <c>{zh: …, en: …}</c> pair.</summary>
    public LocalizedText? Localized(string key, bool required = false)
    {
        var map = Map(key, required);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknown("zh", "en");
        var zh = map.String("zh", required: true);
        var en = map.String("en", required: true);
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    /// <summary>Reports keys that are not in <paramref name="known"/>: usually a typo in a field name, or an unquoted comma.</summary>
    public void RejectUnknown(params string[] known)
    {
        YamlNode? previousKey = null;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                ReportUnknown(name, key, value, previousKey, known);
            }

            previousKey = key;
        }
    }

    private void ReportUnknown(string name, YamlNode key, YamlNode value, YamlNode? previousKey, string[] known)
    {
        // { zh: 免费刻章, en: Seal, free of charge } reads as three fields: en = "Seal" and a field "free of charge" with no value.
        if (node.Style == MappingStyle.Flow && value is YamlScalarNode { Value: null or "" } && previousKey is YamlScalarNode { Value: { } before }
            && node.Children[previousKey] is YamlScalarNode { Value: { } start })
        {
            var whole = $"{start}, {name}";
            Diagnostics.Error(Path, LineOf(key),
                $"“{before}”的文字里有逗号时请加引号：{before}: \"{whole}\"（花括号里的逗号会被当作分隔符）",
                $"the text of '{before}' has a comma, so put it in quotes: {before}: \"{whole}\" (inside {{ }} a comma separates fields)");
            return;
        }

        var (zh, en) = NearestMatch.Suggest(name, known);
        Diagnostics.Error(Path, LineOf(key),
            $"不认识的项“{name}”（这里可以写的项：{string.Join("、", known)}）{zh}",
            $"unknown field '{name}' (expected one of: {string.Join(", ", known)}){en}");
    }

    /// <summary>All scalar key/value pairs, for free-form maps such as translation hashes.</summary>
    public IReadOnlyDictionary<string, string> Scalars()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode key && v is YamlScalarNode value && key.Value is not null)
            {
                result[key.Value] = value.Value ?? "";
            }
        }

        return result;
    }

    private YamlNode? Find(string key) =>
        node.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

    private int LineOf(YamlNode n) => (int)n.Start.Line + lineOffset;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
