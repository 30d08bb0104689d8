namespace Policy.Knowledge.Search;

/// <summary>A synonym group the query mentions: the words it used, and every word of the group that may stand for them.</summary>
public sealed record QueryConcept(string Matched, IReadOnlyList<string> Alternatives);

/// <summary>
/// A query split into the synonym groups it mentions and the rest of its words.
/// A concept scores as its best alternative (never the sum), so a group with many words weighs no more than one word.
/// </summary>
public sealed record QueryPlan(string Language, string Text, IReadOnlyList<string> Plain, IReadOnlyList<QueryConcept> Concepts)
{
    public bool IsEmpty => Plain.Count == 0 && Concepts.Count == 0;

    /// <summary>
    /// How much a synonym counts against the words it stands for: a long wording (网上开展经营活动 for 网店) has more terms
    /// to match and would outscore the reader's own short words, so it is scaled down to their length. Never above 1.
    /// </summary>
    public static float AlternativeWeight(string matched, string alternative) =>
        Math.Min(1f, SynonymMatcher.Units(matched).Count / (float)Math.Max(1, SynonymMatcher.Units(alternative).Count));

    /// <summary>Splits a prepared query (see <see cref="SearchText.Prepare"/>), matching synonyms longest first, left to right.</summary>
    public static QueryPlan Create(string text, string language, SynonymSet synonyms) =>
        SynonymMatcher.For(synonyms, language).Plan(text, language);
}

/// <summary>
/// Finds synonym words in a query. Matching is on "units": each Chinese character, and each English word stemmed —
/// so 刻章 is found inside 刻章要钱吗 without word breaks, and "loans" finds the group of "loan".
/// </summary>
internal sealed class SynonymMatcher
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SynonymSet, Dictionary<string, SynonymMatcher>> Cache = [];

    private readonly Dictionary<string, List<(string[] Keys, int Group)>> byFirstUnit = new(StringComparer.Ordinal);
    private readonly List<List<string>> groups = [];

    private SynonymMatcher(IReadOnlyList<SynonymGroup> source)
    {
        foreach (var group in source)
        {
            var words = group.Words.Select(SearchText.Normalize).Distinct(StringComparer.Ordinal).ToList();
            groups.Add(words);
            foreach (var word in words)
            {
                var keys = Units(word).Select(u => u.Key).ToArray();
                var list = keys.Length == 0 ? null : byFirstUnit.TryGetValue(keys[0], out var l) ? l : byFirstUnit[keys[0]] = [];

                // The first group to claim a word keeps it (the file's checks report such clashes).
                if (list is not null && !list.Any(c => c.Keys.SequenceEqual(keys)))
                {
                    list.Add((keys, groups.Count - 1));
                }
            }
        }

        foreach (var key in byFirstUnit.Keys.ToList())
        {
            byFirstUnit[key] = [.. byFirstUnit[key].OrderByDescending(c => c.Keys.Length)];
        }
    }

    public static SynonymMatcher For(SynonymSet synonyms, string language)
    {
        var perLanguage = Cache.GetValue(synonyms, _ => []);
        lock (perLanguage)
        {
            return perLanguage.TryGetValue(language, out var m) ? m : perLanguage[language] = new SynonymMatcher(synonyms.In(language));
        }
    }

    public QueryPlan Plan(string text, string language)
    {
        var units = Units(text);
        var plain = new List<string>();
        var concepts = new List<QueryConcept>();
        var plainFrom = 0;
        for (var i = 0; i < units.Count;)
        {
            var match = LongestAt(units, i);
            if (match is not { } m)
            {
                i++;
                continue;
            }

            var (start, end) = (units[i].Start, units[i + m.Length - 1].End);
            AddPlain(plain, text[plainFrom..start]);
            var matched = text[start..end];
            var alternatives = groups[m.Group].Contains(matched) ? groups[m.Group] : [matched, .. groups[m.Group]];
            concepts.Add(new QueryConcept(matched, alternatives));
            plainFrom = end;
            i += m.Length;
        }

        AddPlain(plain, text[plainFrom..]);
        return new QueryPlan(language, text, plain, concepts);
    }

    private (int Length, int Group)? LongestAt(List<(string Key, int Start, int End)> units, int i)
    {
        if (!byFirstUnit.TryGetValue(units[i].Key, out var candidates))
        {
            return null;
        }

        foreach (var (keys, group) in candidates)
        {
            if (i + keys.Length <= units.Count && keys.Select((k, j) => units[i + j].Key == k).All(x => x))
            {
                return (keys.Length, group);
            }
        }

        return null;
    }

    private static void AddPlain(List<string> plain, string piece)
    {
        if (SearchText.HasSearchableText(piece))
        {
            plain.Add(piece.Trim());
        }
    }

    /// <summary>Chinese characters one by one; other runs through the English analyzer (lower case, no stop words, stemmed).</summary>
    internal static List<(string Key, int Start, int End)> Units(string text)
    {
        var units = new List<(string, int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (SearchText.IsHan(text[i]))
            {
                units.Add((text[i].ToString(), i, i + 1));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !SearchText.IsHan(text[i]))
            {
                i++;
            }

            foreach (var (term, s, e) in SearchAnalyzers.TermsWithOffsets(SearchAnalyzers.English, text[start..i]))
            {
                units.Add((term, start + s, start + e));
            }
        }

        return units;
    }
}
