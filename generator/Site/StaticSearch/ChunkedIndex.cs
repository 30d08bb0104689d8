using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site.StaticSearch;

/// <summary>One clause as the static index holds it: its searched fields and what a hit shows of it.</summary>
internal sealed record IndexedClause(string Title, string Text, string Units, int Document, object[] Fragment);

/// <summary>
/// The static search index of one language, split as Pagefind splits its own so that a query downloads only what it
/// needs: an entry file (the synonyms, stop words and limits the script applies to a query, and where each term's
/// postings are); postings chunks, terms in order, each term with its clauses and their score for that term; fragments,
/// a few clauses each, with what a hit shows (title, link, text for the snippet, document, end date), fetched only for the
/// hits shown; and the documents list, fetched only when the search is narrowed to a document or a region.
/// The score of a term in a clause is computed here, once: BM25 over the title, text and units fields with the shared
/// weights, exactly as search.js summed it when it built the index itself (a Chinese character weighs
/// <see cref="ClauseQuery.UnigramWeight"/>). The script only adds the scores of the query's terms.
/// All files of a build sit in a folder named by their content hash, so a browser never mixes two builds' files.
/// </summary>
internal static partial class ChunkedIndex
{
    /// <summary>A term's postings are cut into chunks of about this many bytes (uncompressed): a query fetches a handful.</summary>
    public const int ChunkBytes = 8 * 1024;

    /// <summary>Clauses per fragment file: the hits a page shows are scattered, so few clauses per file waste little.</summary>
    public const int FragmentClauses = 2;

    /// <summary>Scores are sent as integers in hundredths: ranking ties within 0.01 are broken by clause order.</summary>
    public const int ScoreScale = 100;

    private const double K1 = 1.2, B = 0.75;

    private static readonly JsonWriterOptions Writer = new()
    {
        // Chinese stays readable (and a third of the size of \u escapes); HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = Writer.Encoder };

    /// <summary>
    /// The entry file's bytes, and the other files by path (<paramref name="folder"/>/zh-1a2b3c4d5e/t0.json): the entry
    /// names that folder relative to itself, so the entry and the folder sit side by side.
    /// </summary>
    public static (byte[] Entry, IReadOnlyList<(string Path, byte[] Bytes)> Files) Build(
        string language, IReadOnlyList<IndexedClause> clauses, object documents, IReadOnlyList<object> documentsShown,
        IReadOnlyList<IReadOnlyList<string>> synonyms, string folder)
    {
        var analysis = new StaticAnalysis(SearchAnalyzers.EnglishStopWords);
        var postings = Postings(analysis, clauses, synonyms, language);

        var files = new List<(string Name, byte[] Bytes)>();
        var chunkStarts = new List<string>();
        foreach (var chunk in Chunks(postings))
        {
            chunkStarts.Add(chunk.First);
            files.Add(($"t{chunkStarts.Count - 1}.json", chunk.Bytes));
        }

        for (var start = 0; start < clauses.Count; start += FragmentClauses)
        {
            var group = clauses.Skip(start).Take(FragmentClauses).ToList();
            var fragment = new
            {
                docs = group.Select(c => c.Document).Distinct().ToDictionary(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), d => documentsShown[d]),
                clauses = group.Select(c => c.Fragment),
            };
            files.Add(($"f{start / FragmentClauses}.json", JsonSerializer.SerializeToUtf8Bytes(fragment, Json)));
        }

        files.Add(("documents.json", JsonSerializer.SerializeToUtf8Bytes(documents, Json)));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }

        var version = $"{folder}/{language}-{Convert.ToHexStringLower(hash.GetHashAndReset())[..10]}";
        var entry = new
        {
            lang = language,
            files = version + "/",
            count = clauses.Count,
            maxQueryLength = SearchText.MaxQueryLength,
            stop = SearchAnalyzers.EnglishStopWords,
            synonyms,
            chunks = chunkStarts,
            fragmentClauses = FragmentClauses,
            scoreScale = ScoreScale,
        };
        return (JsonSerializer.SerializeToUtf8Bytes(entry, Json), files.Select(f => ($"{version}/{f.Name}", f.Bytes)).ToList());
    }

    /// <summary>Per term, the clauses holding it in order and the term's score in each; per synonym, its score where it counts.</summary>
    private static SortedDictionary<string, Posting> Postings(
        StaticAnalysis analysis, IReadOnlyList<IndexedClause> clauses, IReadOnlyList<IReadOnlyList<string>> synonyms, string language)
    {
        var weights = new[] { ClauseQuery.TitleWeight, ClauseQuery.TextWeight, ClauseQuery.UnitsWeight };
        var lengths = new int[3][];
        var normalized = new string[clauses.Count][];
        var frequencies = new Dictionary<string, List<(int Clause, int Title, int Text, int Units)>>(StringComparer.Ordinal);
        for (var f = 0; f < 3; f++)
        {
            lengths[f] = new int[clauses.Count];
        }

        var counts = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        for (var d = 0; d < clauses.Count; d++)
        {
            var c = clauses[d];
            normalized[d] = [StaticAnalysis.Normalize(c.Title), StaticAnalysis.Normalize(c.Text), StaticAnalysis.Normalize(c.Units)];
            counts.Clear();
            for (var f = 0; f < 3; f++)
            {
                var (terms, length) = analysis.Terms(normalized[d][f]);
                lengths[f][d] = length;
                foreach (var term in terms)
                {
                    var (t0, t1, t2) = counts.GetValueOrDefault(term);
                    counts[term] = f == 0 ? (t0 + 1, t1, t2) : f == 1 ? (t0, t1 + 1, t2) : (t0, t1, t2 + 1);
                }
            }

            foreach (var (term, (t0, t1, t2)) in counts)
            {
                if (!frequencies.TryGetValue(term, out var list))
                {
                    frequencies[term] = list = [];
                }

                list.Add((d, t0, t1, t2));
            }
        }

        // As search.js did: per field, the clauses having the field count, and their average length.
        var withField = new double[3];
        var average = new double[3];
        for (var f = 0; f < 3; f++)
        {
            var having = lengths[f].Count(l => l > 0);
            withField[f] = Math.Max(having, 1);
            average[f] = lengths[f].Sum(l => (double)l) / withField[f] is var a && a > 0 ? a : 1;
        }

        var result = new SortedDictionary<string, Posting>(StringComparer.Ordinal);
        foreach (var (term, list) in frequencies)
        {
            var unigram = term.Length == 1 && SearchText.IsHan(term[0]) ? ClauseQuery.UnigramWeight : 1.0;
            var idf = new double[3];
            for (var f = 0; f < 3; f++)
            {
                var df = list.Count(p => Tf(p, f) > 0);
                idf[f] = Math.Log(1 + ((withField[f] - df + 0.5) / (df + 0.5)));
            }

            var scores = new double[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                var p = list[i];
                for (var f = 0; f < 3; f++)
                {
                    var tf = Tf(p, f);
                    if (tf > 0)
                    {
                        scores[i] += weights[f] * idf[f] * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * lengths[f][p.Clause] / average[f]))));
                    }
                }

                scores[i] *= unigram;
            }

            result[term] = new Posting(list.Select(p => p.Clause).ToArray(), scores);
        }

        AddSynonyms(analysis, result, normalized, synonyms, language);
        return result;
    }

    /// <summary>
    /// Each synonym's scores, precomputed so that a query fetches one posting per synonym rather than every character of
    /// every synonym. Under <c>~group:word</c>, what search.js sums over the word's terms where the word counts as a synonym
    /// (ClauseQuery's gates: its Chinese as written, on the Chinese side; its English words all together); under
    /// <c>~group=word</c>, the same sum without gates, for when the word is what the reader typed. The clauses that show
    /// the word marked are listed too: as the reader's word under <c>~group?word</c> (its characters' bigrams, a lone
    /// character, any English word), as a synonym under <c>~group!word</c> (a run of Chinese as written, or all the English
    /// words), the latter only where they are not the clauses of <c>~group:word</c>.
    /// </summary>
    private static void AddSynonyms(StaticAnalysis analysis, SortedDictionary<string, Posting> postings, string[][] normalized,
        IReadOnlyList<IReadOnlyList<string>> synonyms, string language)
    {
        var sum = new double[normalized.Length];
        for (var g = 0; g < synonyms.Count; g++)
        {
            foreach (var word in synonyms[g].Select(StaticAnalysis.Normalize).Distinct())
            {
                var terms = analysis.Terms(word).Terms.Distinct().ToList();
                var runs = HanRuns().Matches(word).Select(m => m.Value).ToList();
                var wholeRuns = runs.Select(r => Holding(r, postings, normalized)).ToList();
                var english = analysis.Units(word).Where(u => !u.Han).Select(u => u.Key).Distinct().Select(k => Holding(k, postings, normalized)).ToList();
                var gates = terms.Where(t => !t.Any(SearchText.IsHan)).Select(t => Holding(t, postings, normalized)).ToList();
                if (language == Languages.Chinese)
                {
                    gates.AddRange(wholeRuns);
                }

                var found = new SortedSet<int>();
                foreach (var term in terms)
                {
                    if (postings.TryGetValue(term, out var p))
                    {
                        for (var i = 0; i < p.Clauses.Length; i++)
                        {
                            sum[p.Clauses[i]] += p.Scores![i];
                            found.Add(p.Clauses[i]);
                        }
                    }
                }

                var all = found.Where(d => sum[d] > 0).ToArray();
                var kept = all.Where(d => gates.All(gate => gate.Contains(d))).ToArray();
                postings[$"~{g}:{word}"] = new Posting(kept, kept.Select(d => sum[d]).ToArray());
                postings[$"~{g}={word}"] = new Posting(all, all.Select(d => sum[d]).ToArray());
                foreach (var d in found)
                {
                    sum[d] = 0;
                }

                var marked = new SortedSet<int>(wholeRuns.SelectMany(r => r));
                if (english.Count > 0)
                {
                    marked.UnionWith(english.Skip(1).Aggregate(new SortedSet<int>(english[0]), (both, k) => { both.IntersectWith(k); return both; }));
                }

                if (!marked.SetEquals(kept))
                {
                    postings[$"~{g}!{word}"] = new Posting(marked.ToArray(), null);
                }

                var bigrams = runs.SelectMany(r => r.Length == 1 ? [r] : Enumerable.Range(0, r.Length - 1).Select(i => r.Substring(i, 2)));
                var typed = new SortedSet<int>(bigrams.Select(b => Holding(b, postings, normalized)).Concat(english).SelectMany(x => x));
                postings[$"~{g}?{word}"] = new Posting(typed.ToArray(), null);
            }
        }
    }

    /// <summary>The clauses holding <paramref name="text"/>: a term's postings, or a run of Chinese over two characters as written.</summary>
    private static HashSet<int> Holding(string text, SortedDictionary<string, Posting> postings, string[][] normalized)
    {
        var key = text.Length > 2 && text.All(SearchText.IsHan) ? text[..2] : text;
        var clauses = postings.TryGetValue(key, out var p) ? p.Clauses : [];
        return key == text ? [.. clauses] : [.. clauses.Where(d => normalized[d].Any(f => f.Contains(text, StringComparison.Ordinal)))];
    }

    private static int Tf((int Clause, int Title, int Text, int Units) p, int field) => field == 0 ? p.Title : field == 1 ? p.Text : p.Units;

    /// <summary>A term's clauses, in order, and its score in each (none for a list of marked clauses).</summary>
    private sealed record Posting(int[] Clauses, double[]? Scores);

    /// <summary>
    /// Terms in order, cut into files of about <see cref="ChunkBytes"/>: {"term": [clause deltas…, scores…]}.
    /// The entry names each chunk by the shortest start of its first term that sorts after the previous chunk's last term:
    /// enough to find any term's chunk, and shorter than the term.
    /// </summary>
    private static IEnumerable<(string First, byte[] Bytes)> Chunks(SortedDictionary<string, Posting> postings)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var json = new Utf8JsonWriter(buffer, Writer);
        string? first = null, last = null;
        foreach (var (term, (list, scores)) in postings)
        {
            if (first is null)
            {
                first = Boundary(last, term);
                json.WriteStartObject();
            }

            last = term;

            json.WriteStartArray(term);
            var previous = 0;
            foreach (var d in list)
            {
                json.WriteNumberValue(d - previous);
                previous = d;
            }

            foreach (var s in scores ?? [])
            {
                json.WriteNumberValue((long)Math.Round(s * ScoreScale, MidpointRounding.AwayFromZero));
            }

            json.WriteEndArray();
            json.Flush();
            if (buffer.WrittenCount >= ChunkBytes)
            {
                json.WriteEndObject();
                json.Flush();
                yield return (first, buffer.WrittenSpan.ToArray());
                buffer.ResetWrittenCount();
                json.Reset(buffer);
                first = null;
            }
        }

        if (first is not null)
        {
            json.WriteEndObject();
            json.Flush();
            yield return (first, buffer.WrittenSpan.ToArray());
        }
    }

    /// <summary>The shortest start of <paramref name="term"/> after <paramref name="previous"/>, whole characters only.</summary>
    private static string Boundary(string? previous, string term)
    {
        for (var length = 1; length < term.Length; length++)
        {
            if (!char.IsHighSurrogate(term[length - 1]) && (previous is null || string.CompareOrdinal(term[..length], previous) > 0))
            {
                return term[..length];
            }
        }

        return term;
    }

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial Regex HanRuns();
}
