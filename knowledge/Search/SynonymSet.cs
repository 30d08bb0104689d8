using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;
using YamlDotNet.RepresentationModel;

namespace Policy.Knowledge.Search;

/// <summary>One line of <c>content/synonyms.yml</c>: words a reader may type for the same thing.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, int Line);

/// <summary>
/// The staff-editable synonyms, per language. They are applied to the query only (never to the index),
/// so a change takes effect without re-indexing and the server and the static site expand queries alike.
/// </summary>
public sealed class SynonymSet
{
    public const string FileName = "synonyms.yml";

    // Staff type lists the Chinese way as often as the English way.
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<SynonymGroup>> groups;

    private SynonymSet(IReadOnlyDictionary<string, IReadOnlyList<SynonymGroup>> groups) => this.groups = groups;

    public static SynonymSet Empty { get; } = new(new Dictionary<string, IReadOnlyList<SynonymGroup>>());

    public IReadOnlyList<SynonymGroup> In(string language) => groups.GetValueOrDefault(language) ?? [];

    /// <summary>A set from plain lists of words per language, for tests and tools; no file, no line numbers.</summary>
    public static SynonymSet Create(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> groups) =>
        new(groups.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<SynonymGroup>)kv.Value.Select(g => new SynonymGroup(g, 0)).ToList()));

    /// <summary>Reads the file; every problem becomes a <c>path:line</c> diagnostic and the good groups are kept.</summary>
    public static SynonymSet Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var root = YamlMap.Parse(File.ReadAllText(path), displayPath, 0, diagnostics);
        if (root is null)
        {
            return Empty;
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(displayPath, (int)root.Start.Line, "同义词文件应有两个列表：“zh:”和“en:”", "synonyms must be two lists, 'zh:' and 'en:'");
            return Empty;
        }

        var result = new Dictionary<string, IReadOnlyList<SynonymGroup>>();
        foreach (var (key, value) in map.Children)
        {
            var language = (key as YamlScalarNode)?.Value ?? "";
            if (!Languages.All.Contains(language))
            {
                diagnostics.Error(displayPath, (int)key.Start.Line, $"不认识的语言“{language}”：只能是 {string.Join("、", Languages.All)}", $"unknown language '{language}' (expected one of: {string.Join(", ", Languages.All)})");
            }
            else if (value is YamlSequenceNode items)
            {
                result[language] = ReadGroups(items, displayPath, diagnostics);
            }
            else if (value is not YamlScalarNode { Value: null or "" })
            {
                diagnostics.Error(displayPath, (int)value.Start.Line, $"“{language}”下面应是同义词组的列表，每组一行：- 词, 词, 词", $"'{language}' must be a list of synonym groups, one per line: - word, word, word");
            }
        }

        return new SynonymSet(result);
    }

    private static List<SynonymGroup> ReadGroups(YamlSequenceNode items, string path, DiagnosticBag diagnostics)
    {
        var groups = new List<SynonymGroup>();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items.Children)
        {
            var line = (int)item.Start.Line;
            var keyed = WordsOf(item, path, line, diagnostics);
            if (keyed is null)
            {
                continue;
            }

            var words = keyed.Select(w => w.Word).ToList();
            if (words.Count < 2)
            {
                diagnostics.Error(path, line, $"一组同义词至少要有两个词，用逗号隔开：“{string.Join(", ", words)}”", $"a synonym group needs at least two words, separated by commas: '{string.Join(", ", words)}'");
                continue;
            }

            // Expansion looks a word up to find its group, so a word in two groups would make one of them silently lose.
            // Words are compared as the search sees them: "no fee" is "fee" once the stop word goes, "loans" is "loan".
            var clash = keyed.FirstOrDefault(w => owner.ContainsKey(w.Key));
            if (clash.Word is not null)
            {
                diagnostics.Error(path, line, $"“{clash.Word}”已经在第{owner[clash.Key]}行那一组里了：一个词只能属于一组，请合并这两行或从其中一行删去", $"'{clash.Word}' is already in the group on line {owner[clash.Key]} (as the search reads it): a word belongs to one group only, so merge the two lines or drop it from one");
                continue;
            }

            foreach (var (_, key) in keyed)
            {
                owner.TryAdd(key, line);
            }

            groups.Add(new SynonymGroup(words, line));
        }

        return groups;
    }

    private static string SearchKey(string word) => string.Join(' ', SynonymMatcher.Units(SearchText.Normalize(word)).Select(u => u.Key));

    /// <summary>A group's distinct words, each with its key as the search reads it (worked out once: it is most of loading the file).</summary>
    private static List<(string Word, string Key)>? WordsOf(YamlNode item, string path, int line, DiagnosticBag diagnostics)
    {
        IEnumerable<string?> raw = item switch
        {
            YamlScalarNode scalar => (scalar.Value ?? "").Split(Separators),
            YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value),
            _ => [null],
        };
        var words = raw.Select(w => w?.Trim()).ToList();
        if (words.Any(w => w is null))
        {
            diagnostics.Error(path, line, "同义词组应是用逗号隔开的词，例如 - 刻章, 印章刻制", "a synonym group must be words separated by commas, e.g. - 刻章, 印章刻制");
            return null;
        }

        var distinct = words.OfType<string>().Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Select(w => (Word: w, Key: SearchKey(w))).ToList();
        var unsearchable = distinct.FirstOrDefault(w => w.Key.Length == 0);
        if (unsearchable.Word is not null)
        {
            diagnostics.Error(path, line, $"“{unsearchable.Word}”里没有可供搜索的词（只有标点或 the、of 之类的虚词）", $"'{unsearchable.Word}' has no word a search can match (only punctuation or words such as 'the', 'of', 'no')");
            return null;
        }

        return distinct;
    }
}
