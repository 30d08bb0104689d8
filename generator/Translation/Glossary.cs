using Policy.Knowledge.Content;
using YamlDotNet.RepresentationModel;

namespace Policy.Generator.Translation;

/// <summary>
/// The terms a translation must render as the site already does: every <c>{ zh, en }</c> pair in units.yml, facts.yml,
/// regions.yml, site.yml and the UI strings (unit aliases map to the unit's English name too).
/// </summary>
internal sealed class Glossary
{
    private readonly Dictionary<string, string> terms;

    private Glossary(Dictionary<string, string> terms) => this.terms = terms;

    public int Count => terms.Count;

    public static Glossary Load(string contentRoot, string templatesRoot)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] files =
        [
            Path.Combine(contentRoot, ContentPaths.UnitsFile), Path.Combine(contentRoot, "facts.yml"), Path.Combine(contentRoot, "regions.yml"),
            Path.Combine(contentRoot, ContentPaths.SiteFile), Path.Combine(templatesRoot, "strings.yml"),
        ];
        foreach (var file in files.Where(File.Exists))
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(File.ReadAllText(file)));
                foreach (var document in stream.Documents)
                {
                    Collect(document.RootNode, terms);
                }
            }
            catch (YamlDotNet.Core.YamlException)
            {
                // A broken file is reported by 'generator check'; the translation goes on with the other terms.
            }
        }

        return new Glossary(terms);
    }

    /// <summary>The entries whose Chinese term occurs in the text, longest first, so the prompt stays short.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string chineseText) =>
        terms.Where(t => t.Key.Length > 1 && chineseText.Contains(t.Key, StringComparison.Ordinal))
            .OrderByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

    private static void Collect(YamlNode node, Dictionary<string, string> terms)
    {
        switch (node)
        {
            case YamlMappingNode map:
                if (Scalar(map, "zh") is { } zh && Scalar(map, "en") is { } en && !zh.Contains('{', StringComparison.Ordinal))
                {
                    terms.TryAdd(zh, en);
                    if (map.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) && aliases is YamlSequenceNode list)
                    {
                        foreach (var alias in list.Children.OfType<YamlScalarNode>().Select(a => a.Value).OfType<string>())
                        {
                            terms.TryAdd(alias, en);
                        }
                    }
                }

                foreach (var child in map.Children.Values)
                {
                    Collect(child, terms);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child, terms);
                }

                break;
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text.Trim() : null;
}
