namespace Policy.Bot.Understanding;

/// <summary>
/// The items a text names, by any of their names: what <c>text.Contains(name, comparison)</c> over every name of every
/// item finds, but trying at each character of the text only the names that begin with it. A library of a thousand
/// policies has thousands of names (numbers, their tails, titles), and a question is a few dozen characters.
/// </summary>
/// <typeparam name="T">What the names name (a policy, or the name itself).</typeparam>
public sealed class NameIndex<T>
{
    private readonly List<T> items = [];
    private readonly Dictionary<char, List<(string Name, int Item)>> byFirst = [];
    private readonly StringComparison comparison;

    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public NameIndex(IEnumerable<(T Item, IEnumerable<string> Names)> named, StringComparison comparison)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "names are matched ordinally, with or without case");
        }

        this.comparison = comparison;
        foreach (var (item, names) in named)
        {
            items.Add(item);
            foreach (var name in names.Where(n => n.Length > 0))
            {
                var key = Key(name[0]);
                (byFirst.TryGetValue(key, out var list) ? list : byFirst[key] = []).Add((name, items.Count - 1));
            }
        }
    }

    /// <summary>The items named anywhere in <paramref name="text"/>, each once, in the order they were given.</summary>
    public List<T> FoundIn(string text)
    {
        HashSet<int>? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!byFirst.TryGetValue(Key(text[i]), out var candidates))
            {
                continue;
            }

            var rest = text.AsSpan(i);
            foreach (var (name, item) in candidates)
            {
                if (rest.StartsWith(name, comparison))
                {
                    (found ??= []).Add(item);
                }
            }
        }

        return found is null ? [] : [.. found.Order().Select(i => items[i])];
    }

    // OrdinalIgnoreCase compares characters by their invariant upper case.
    private char Key(char c) => comparison == StringComparison.OrdinalIgnoreCase ? char.ToUpperInvariant(c) : c;
}
