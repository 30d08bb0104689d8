using System.Globalization;
using System.Text;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site.StaticSearch;

/// <summary>A word as the static search reads it: its key (stemmed, lower case), where it stands, whether it is Chinese.</summary>
internal readonly record struct StaticUnit(string Key, int Start, int End, bool Han);

/// <summary>
/// A clause as the static index counts it, once analysed (<see cref="StaticAnalysis.Analyse"/>): per field (title, text,
/// units) its length in units and its terms as pairs of term id (<see cref="AnalysisCache.Term"/>) and count; and which of
/// the synonyms' runs of over two Chinese characters it holds as written (<see cref="StaticAnalysis.LongRuns"/>).
/// </summary>
internal sealed record AnalysedClause(int[] Lengths, int[][] Fields, int[] Runs);

/// <summary>
/// The analysis of templates/assets/search.js (<c>normalize</c>, <c>units</c>, <c>stem</c>, <c>terms</c>), written again
/// in C# so that the generator indexes every clause into exactly the terms the script makes of a query: the chunked index
/// is looked up by those terms, so a difference would silently lose hits. StaticAnalysisTests runs both over many strings.
/// Positions are UTF-16 indexes, as JavaScript's.
/// </summary>
internal sealed partial class StaticAnalysis(IEnumerable<string> stopWords)
{
    private readonly HashSet<string> stop = new(stopWords, StringComparer.Ordinal);

    /// <summary>
    /// As search.js <c>normalize</c>: NFKC, then lower case with JavaScript's two context rules (İ becomes i and a dot
    /// above; Σ ending a word becomes ς), which .NET's one-to-one mapping leaves out.
    /// </summary>
    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        if (normalized.Contains('\u0130', StringComparison.Ordinal))
        {
            normalized = normalized.Replace("\u0130", "i\u0307", StringComparison.Ordinal);
        }

        var lower = normalized.ToLowerInvariant();
        if (!normalized.Contains('\u03a3', StringComparison.Ordinal))
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (normalized[i] == '\u03a3' && CasedAround(normalized, i, -1) && !CasedAround(normalized, i, 1))
            {
                chars[i] = '\u03c2';
            }
        }

        return new string(chars);
    }

    /// <summary>Whether a cased letter comes before (-1) or after (1) position <paramref name="i"/>, over case-ignorable characters.</summary>
    private static bool CasedAround(string text, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < text.Length; j += step)
        {
            var category = char.GetUnicodeCategory(text[j]);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
                || text[j] is '\'' or '.' or ':' or '\u00b7' or '\u2019')
            {
                continue;
            }

            return char.IsUpper(text[j]) || char.IsLower(text[j]) || category == UnicodeCategory.TitlecaseLetter;
        }

        return false;
    }

    /// <summary>
    /// As search.js <c>units</c> (its RUN expression): each Chinese character; a number (150,000 stays one); a word of
    /// other letters, marks and digits with its 's and other apostrophe tails. English words lose 's, stop words, suffixes.
    /// </summary>
    public List<StaticUnit> Units(string text)
    {
        // Sized for one unit per character when the text starts in Chinese (each character is one), else for about one per
        // three: little regrowth, little waste.
        var units = new List<StaticUnit>(text.Length > 0 && SearchText.IsHan(text[0]) ? text.Length : (text.Length / 3) + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = At(text, i, out var width);
            int end;
            if (IsHan(c))
            {
                end = i + width;
            }
            else if (IsNumber(c))
            {
                end = SkipWhile(text, i, IsNumber);
                while (end + 1 < text.Length && text[end] is '.' or ',' && IsNumber(At(text, end + 1, out _)))
                {
                    end = SkipWhile(text, end + 1, IsNumber);
                }
            }
            else if (IsWordPart(c))
            {
                end = SkipWhile(text, i, r => IsWordPart(r) && !IsHan(r));
                while (end + 1 < text.Length && text[end] == '\'' && IsLetter(At(text, end + 1, out _)))
                {
                    end = SkipWhile(text, end + 1, IsLetter);
                }
            }
            else
            {
                i += width;
                continue;
            }

            // A Chinese character is a unit of its own (one char: IsHan is of the Basic Multilingual Plane only).
            var word = end - i == 1 && SearchText.IsHan(text[i]) ? Character(text[i]) : text[i..end];
            var han = SearchText.HasHan(word);
            if (!han)
            {
                word = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
                if (stop.Contains(word))
                {
                    i = end;
                    continue;
                }

                word = Stem(word);
            }

            units.Add(new StaticUnit(word, i, end, han));
            i = end;
        }

        return units;
    }

    /// <summary>As search.js <c>terms</c>: the units' keys, and after each Chinese character touching the next one, the two together.</summary>
    public (List<string> Terms, int Length) Terms(string text)
    {
        var units = Units(text);
        var terms = new List<string>(units.Count * 2);
        for (var i = 0; i < units.Count; i++)
        {
            terms.Add(units[i].Key);
            if (units[i].Han && i + 1 < units.Count && units[i + 1].Han && units[i + 1].Start == units[i].End)
            {
                terms.Add(Pair(units[i].Key, units[i + 1].Key));
            }
        }

        return (terms, units.Count);
    }

    // A Chinese character and a pair of them, each made once per process: nearly every unit of a Chinese clause is one,
    // and making a string for each was a gigabyte of a full build's allocations at a thousand policies.
    private static readonly string?[] Characters = new string?[char.MaxValue + 1];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Pairs = new();

    private static string Character(char c) => Characters[c] ??= c.ToString();

    private static string Pair(string first, string second) =>
        first.Length == 1 && second.Length == 1
            ? Pairs.GetOrAdd((first[0] << 16) | second[0], static pair => string.Create(2, pair, static (chars, p) => (chars[0], chars[1]) = ((char)(p >> 16), (char)p)))
            : first + second;

    // Each thread's counts of a field's terms, emptied for each field: a dictionary grown anew per clause was 0.36 GB.
    [ThreadStatic]
    private static Dictionary<string, int>? counting;

    /// <summary>
    /// A clause's three fields, normalized and split into terms as <see cref="Terms"/> does, counted per field; the
    /// <paramref name="longRuns"/> (by their first two characters) it holds in any field as written.
    /// </summary>
    public AnalysedClause Analyse(string title, string text, string units, AnalysisCache terms, IReadOnlyDictionary<string, int[]> longRunsByStart, IReadOnlyList<string> longRuns)
    {
        string[] normalized = [Normalize(title), Normalize(text), Normalize(units)];
        var lengths = new int[3];
        var fields = new int[3][];
        var counts = counting ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < 3; f++)
        {
            var (list, length) = Terms(normalized[f]);
            lengths[f] = length;
            counts.Clear();
            foreach (var term in list)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
            }

            var pairs = new int[counts.Count * 2];
            var i = 0;
            foreach (var (term, count) in counts)
            {
                pairs[i++] = terms.Term(term);
                pairs[i++] = count;
                if (term.Length == 2 && longRunsByStart.ContainsKey(term))
                {
                    starts.Add(term);
                }
            }

            fields[f] = pairs;
        }

        var runs = new List<int>();
        foreach (var start in starts)
        {
            runs.AddRange(longRunsByStart[start].Where(r => normalized.Any(n => n.Contains(longRuns[r], StringComparison.Ordinal))));
        }

        runs.Sort();
        return new AnalysedClause(lengths, fields, [.. runs]);
    }

    /// <summary>
    /// The runs of over two Chinese characters in the synonyms, normalized, in order: the static index lists the clauses
    /// holding each as written (a run's bigrams alone may stand apart).
    /// </summary>
    public static IReadOnlyList<string> LongRuns(IEnumerable<IReadOnlyList<string>> synonyms) =>
        synonyms.SelectMany(g => g).Select(Normalize).SelectMany(w => HanRunsIn(w)).Where(r => r.Length > 2 && r.All(SearchText.IsHan))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The runs of Chinese characters in <paramref name="text"/>, as written.</summary>
    public static IEnumerable<string> HanRunsIn(string text) => HanRuns().Matches(text).Select(m => m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial System.Text.RegularExpressions.Regex HanRuns();

    /// <summary>As search.js <c>stem</c>: plurals, -ing/-ed, -ion and a final e (make/making, violate/violation).</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3 || w.Any(char.IsAsciiDigit))
        {
            return w;
        }

        w = w.Replace("iz", "is", StringComparison.Ordinal);
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length >= 2 && w[^1] == 's' && w[^2] is not 's' and not 'u' && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var suffix = w.EndsWith("ing", StringComparison.Ordinal) ? 3 : w.EndsWith("ed", StringComparison.Ordinal) ? 2 : 0;
        if (suffix > 0 && w.Length - suffix >= 3 && w[..^suffix] is var head && head.AsSpan().IndexOfAny("aeiouy") >= 0)
        {
            w = head.Length >= 2 && head[^1] == head[^2] && !"aeiouslz".Contains(head[^1], StringComparison.Ordinal) ? head[..^1] : head;
        }

        if (w.EndsWith("ion", StringComparison.Ordinal) && w.Length > 6)
        {
            w = w[..^3];
        }

        return w.Length >= 2 && w[^1] == 'e' && w[^2] != 'e' ? w[..^1] : w;
    }

    private static int SkipWhile(string text, int i, Func<Rune, bool> test)
    {
        while (i < text.Length && At(text, i, out var width) is var r && test(r))
        {
            i += width;
        }

        return i;
    }

    /// <summary>A lone surrogate reads as U+FFFD, which is no letter: as in JavaScript, it is skipped.</summary>
    private static Rune At(string text, int i, out int width)
    {
        if (Rune.TryGetRuneAt(text, i, out var r))
        {
            width = r.Utf16SequenceLength;
            return r;
        }

        width = 1;
        return Rune.ReplacementChar;
    }

    private static bool IsHan(Rune r) => r.IsBmp && SearchText.IsHan((char)r.Value);

    private static bool IsLetter(Rune r) => Rune.GetUnicodeCategory(r) <= UnicodeCategory.OtherLetter;

    private static bool IsNumber(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsWordPart(Rune r) =>
        Rune.GetUnicodeCategory(r) is <= UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || IsNumber(r);
}
