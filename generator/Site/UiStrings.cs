using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>The interface strings of templates/strings.yml, looked up and filled in ("{0}", "{1}") the same way everywhere.</summary>
internal static class UiStrings
{
    public static string Text(this IReadOnlyDictionary<string, LocalizedText> strings, string key, string lang) =>
        strings.TryGetValue(key, out var text) ? text.In(lang) : key;

    public static string Format(this IReadOnlyDictionary<string, LocalizedText> strings, string key, string lang, params string[] values)
    {
        var text = strings.Text(key, lang);
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        }

        return text;
    }
}
