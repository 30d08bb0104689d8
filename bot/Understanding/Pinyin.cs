namespace Policy.Bot.Understanding;

/// <summary>
/// Whether two Chinese characters can be typed with the same pinyin, as a slip of an input method makes them: 增殖税 for
/// 增值税 (zhi), 小规摸 for 小规模 (mo), 个体护 for 个体户 (hu). Readings are compared without tones and with the
/// sounds many speakers do not tell apart (zh/z, ch/c, sh/s, n/l, -ng/-n). The readings are those of
/// <c>Understanding/Pinyin.txt</c>, made once by <c>scripts/make-pinyin.mjs</c>.
/// </summary>
internal static class Pinyin
{
    private static readonly Lazy<Dictionary<char, string[]>> Readings = new(() => Load(loose: true));

    private static readonly Lazy<Dictionary<char, string[]>> ExactReadings = new(() => Load(loose: false));

    /// <summary>
    /// The ways <paramref name="word"/> is spelt in pinyin (lower case, no spaces or tones), as a word typed in Latin letters
    /// inside a Chinese message is ("算guoyou的吧", "zhizhao": 国有, 执照); none when a character has no reading.
    /// </summary>
    public static IEnumerable<string> Spellings(string word)
    {
        IEnumerable<string> spelt = [""];
        foreach (var c in word)
        {
            if (!ExactReadings.Value.TryGetValue(c, out var readings))
            {
                return [];
            }

            spelt = spelt.SelectMany(start => readings.Select(r => start + r));
        }

        return spelt;
    }

    // Every syllable with a vowel (not the bare m, n, ng of 呣, 嗯).
    private static readonly Lazy<HashSet<string>> Syllables = new(() =>
        ExactReadings.Value.Values.SelectMany(r => r).Where(s => s.AsSpan().IndexOfAny("aeiouv") >= 0).ToHashSet(StringComparer.Ordinal));

    // The longest syllable (zhuang, chuang, shuang).
    private const int LongestSyllable = 6;

    /// <summary>Whether a word in Latin letters is pinyin syllables run together ("chuangye", "xiao", "mianfei").</summary>
    public static bool IsSyllables(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        word = word.ToLowerInvariant();
        var spelt = new bool[word.Length + 1];
        spelt[0] = true;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var length = 1; length <= Math.Min(LongestSyllable, end) && !spelt[end]; length++)
            {
                spelt[end] = spelt[end - length] && Syllables.Value.Contains(word.Substring(end - length, length));
            }
        }

        return spelt[word.Length];
    }

    public static bool SoundAlike(char a, char b)
    {
        if (a == b)
        {
            return true;
        }

        var table = Readings.Value;
        return table.TryGetValue(a, out var first) && table.TryGetValue(b, out var second) && first.Intersect(second, StringComparer.Ordinal).Any();
    }

    /// <summary>A reading as loosely as people type it: zh → z, ch → c, sh → s, n → l, ng → n.</summary>
    private static string Loose(string syllable)
    {
        var s = syllable;
        if (s.StartsWith("zh", StringComparison.Ordinal) || s.StartsWith("ch", StringComparison.Ordinal) || s.StartsWith("sh", StringComparison.Ordinal))
        {
            s = s[0] + s[2..];
        }
        else if (s.StartsWith('n') && s.Length > 1)
        {
            s = "l" + s[1..];
        }

        return s.EndsWith("ng", StringComparison.Ordinal) && s.Length > 2 ? s[..^1] : s;
    }

    private static Dictionary<char, string[]> Load(bool loose)
    {
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("Pinyin.txt")
            ?? throw new InvalidOperationException("The bot's Pinyin.txt resource is missing.");
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, List<string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.IndexOf(' ') is var space && space < 1)
            {
                continue;
            }

            var syllable = loose ? Loose(line[..space]) : line[..space];
            foreach (var c in line.AsSpan(space + 1))
            {
                if (!readings.TryGetValue(c, out var list))
                {
                    readings[c] = list = [];
                }

                if (!list.Contains(syllable))
                {
                    list.Add(syllable);
                }
            }
        }

        return readings.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
