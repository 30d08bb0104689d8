using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
/// Every file's name carries the hash of its block of files (<see cref="AddNamed"/>), so a browser never mixes two builds'
/// files, and an edit renames only the blocks it changed.
/// </summary>
internal static class ChunkedIndex
{
    /// <summary>A term's postings are cut into chunks of about this many bytes (uncompressed): a query fetches a handful.</summary>
    public const int ChunkBytes = 8 * 1024;

    /// <summary>Postings chunks per block of files named by one hash (<see cref="AddNamed"/>).</summary>
    public const int ChunksPerBlock = 8;

    /// <summary>Fragment files per block of files named by one hash (<see cref="AddNamed"/>).</summary>
    public const int FragmentsPerBlock = 64;

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
    /// Makes the index: hands each file other than the entry to <paramref name="add"/> with its path
    /// (<paramref name="folder"/>/zh/t0.1a2b3c4d.json) as soon as its block is complete, so that a build holds no more
    /// than a block of them at a time, and returns the entry file's bytes. The entry names that folder relative to
    /// itself, so the entry and the folder sit side by side. <paramref name="analysed"/> holds each clause's analysis
    /// (<see cref="StaticAnalysis.Analyse"/>, in the order of <paramref name="clauses"/>), with term ids of
    /// <paramref name="terms"/>; <paramref name="longRuns"/> are the runs it was analysed for.
    /// </summary>
    public static byte[] Build(
        string language, IReadOnlyList<IndexedClause> clauses, AnalysedClause[] analysed, AnalysisCache terms, IReadOnlyList<string> longRuns,
        object documents, IReadOnlyList<object> documentsShown, IReadOnlyList<IReadOnlyList<string>> synonyms, string folder, Action<string, byte[]> add)
    {
        // The postings and the fragments do not depend on each other: each on a core of its own.
        Dictionary<string, Posting>? postings = null;
        List<byte[]>? fragments = null;
        Parallel.Invoke(
            () =>
            {
                postings = Postings(analysed, terms.Terms);
                AddSynonyms(new StaticAnalysis(SearchAnalyzers.EnglishStopWords), postings, analysed.Length, RunClauses(analysed, longRuns.Count), longRuns, synonyms, language);
            },
            () => fragments = Fragments(clauses, documentsShown));

        var languageFolder = $"{folder}/{language}";
        var fragmentBlocks = AddNamed("f", fragments!, FragmentsPerBlock, languageFolder, add);
        fragments = null;
        var chunkStarts = new List<string>();
        var chunkBlocks = AddNamed("t", Chunks(postings!).Select(chunk =>
        {
            chunkStarts.Add(chunk.First);
            return chunk.Bytes;
        }), ChunksPerBlock, languageFolder, add);
        postings = null;
        var documentsFile = JsonSerializer.SerializeToUtf8Bytes(documents, Json);
        var documentsPath = $"documents.{Version([documentsFile])}.json";
        add($"{languageFolder}/{documentsPath}", documentsFile);
        var entry = new
        {
            lang = language,
            files = languageFolder + "/",
            count = clauses.Count,
            maxQueryLength = SearchText.MaxQueryLength,
            stop = SearchAnalyzers.EnglishStopWords,
            synonyms,
            chunks = chunkStarts,
            fragmentClauses = FragmentClauses,
            blocks = new { t = chunkBlocks, f = fragmentBlocks },
            perBlock = new { t = ChunksPerBlock, f = FragmentsPerBlock },
            documents = documentsPath,
            scoreScale = ScoreScale,
        };
        return JsonSerializer.SerializeToUtf8Bytes(entry, Json);
    }

    /// <summary>
    /// Hands a kind of file (<paramref name="prefix"/>: t for postings chunks, f for fragments) to <paramref name="add"/>
    /// a block at a time, named and numbered in order and versioned by block: file <c>i</c> is <c>{prefix}{i}.{hash of its block}.json</c>, a block being
    /// <paramref name="perBlock"/> consecutive files. A name always means the same bytes (a browser never mixes two
    /// builds' files), and after an edit only the blocks holding a changed file get new names: a rebuild writes those,
    /// not the whole index (all 27,000 files at a thousand policies, when one folder was named by the hash of them all).
    /// Returns each block's hash, for the entry to list (about 450 of them at a thousand policies).
    /// </summary>
    private static List<string> AddNamed(string prefix, IEnumerable<byte[]> files, int perBlock, string folder, Action<string, byte[]> add)
    {
        var blocks = new List<string>();
        var i = 0;
        foreach (var block in files.Chunk(perBlock))
        {
            var version = Version(block);
            blocks.Add(version);
            foreach (var bytes in block)
            {
                add($"{folder}/{prefix}{i++}.{version}.json", bytes);
            }
        }

        return blocks;
    }

    /// <summary>The first 8 hex digits of the SHA-256 of some files' bytes, each preceded by its length.</summary>
    private static string Version(IEnumerable<byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var bytes in files)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }

    /// <summary>
    /// The folder an entry file names (relative to assets/) and how many files it holds: null when the entry cannot
    /// be read as one.
    /// </summary>
    public static (string Folder, int Count)? FilesOf(byte[] entry)
    {
        try
        {
            var root = JsonDocument.Parse(entry).RootElement;
            var clauses = root.GetProperty("count").GetInt32();
            var per = root.GetProperty("fragmentClauses").GetInt32();
            return (root.GetProperty("files").GetString()!, root.GetProperty("chunks").GetArrayLength() + ((clauses + per - 1) / per) + 1);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or DivideByZeroException)
        {
            return null;
        }
    }

    /// <summary>Fragments of <see cref="FragmentClauses"/> clauses: what a hit shows of each, and its documents.</summary>
    private static List<byte[]> Fragments(IReadOnlyList<IndexedClause> clauses, IReadOnlyList<object> documentsShown)
    {
        var files = new List<byte[]>((clauses.Count / FragmentClauses) + 1);
        for (var start = 0; start < clauses.Count; start += FragmentClauses)
        {
            var group = clauses.Skip(start).Take(FragmentClauses).ToList();
            var fragment = new
            {
                docs = group.Select(c => c.Document).Distinct().ToDictionary(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), d => documentsShown[d]),
                clauses = group.Select(c => c.Fragment),
            };
            files.Add(JsonSerializer.SerializeToUtf8Bytes(fragment, Json));
        }

        return files;
    }

    /// <summary>
    /// Per term, the clauses holding it in order and the term's score in each: BM25 per field, added up from the analysed
    /// clauses into two flat arrays (clauses and scores, each term a slice of both). One pass counts each term's clauses
    /// and the clauses holding it in each field, the next adds each field's part of the score as it meets the clause, so
    /// no count per clause and field is held (at a thousand policies that was 84 MB of the build's peak).
    /// </summary>
    private static Dictionary<string, Posting> Postings(AnalysedClause[] analysed, IReadOnlyList<string> names)
    {
        var weights = new[] { ClauseQuery.TitleWeight, ClauseQuery.TextWeight, ClauseQuery.UnitsWeight };
        var termCount = names.Count;
        var clauseCount = analysed.Length;

        // Where each term's clauses start in the flat arrays (a clause counted once however many fields hold the term),
        // and per term and field the clauses holding it there (a field's pairs name each term once).
        var last = new int[termCount];
        Array.Fill(last, -1);
        var starts = new int[termCount + 1];
        var inField = new int[termCount * 3];
        for (var d = 0; d < clauseCount; d++)
        {
            var fields = analysed[d].Fields;
            for (var f = 0; f < 3; f++)
            {
                var pairs = fields[f];
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    var t = pairs[i];
                    inField[(t * 3) + f]++;
                    if (last[t] != d)
                    {
                        last[t] = d;
                        starts[t + 1]++;
                    }
                }
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        // As search.js did: per field, the clauses having the field count, and their average length. BM25's length
        // part is worked out once per clause and field, its weight once per term and field.
        var withField = new double[3];
        var lengthPart = new double[3][];
        for (var f = 0; f < 3; f++)
        {
            var having = 0;
            var sum = 0.0;
            for (var d = 0; d < clauseCount; d++)
            {
                var length = analysed[d].Lengths[f];
                having += length > 0 ? 1 : 0;
                sum += length;
            }

            withField[f] = Math.Max(having, 1);
            var average = sum / withField[f] is var a && a > 0 ? a : 1;
            lengthPart[f] = new double[clauseCount];
            for (var d = 0; d < clauseCount; d++)
            {
                lengthPart[f][d] = K1 * (1 - B + (B * analysed[d].Lengths[f] / average));
            }
        }

        var weighted = new double[termCount * 3];
        for (var t = 0; t < termCount; t++)
        {
            for (var f = 0; f < 3; f++)
            {
                var df = inField[(t * 3) + f];
                weighted[(t * 3) + f] = weights[f] * Math.Log(1 + ((withField[f] - df + 0.5) / (df + 0.5)));
            }
        }

        // Each field's part added in field order, as one sum per posting (the same doubles as summing per posting).
        var total = starts[termCount];
        var clauseOf = new int[total];
        var scores = new double[total];
        var next = starts[..termCount];
        Array.Fill(last, -1);
        for (var d = 0; d < clauseCount; d++)
        {
            var fields = analysed[d].Fields;
            for (var f = 0; f < 3; f++)
            {
                var pairs = fields[f];
                var part = lengthPart[f][d];
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    var t = pairs[i];
                    if (last[t] != d)
                    {
                        last[t] = d;
                        clauseOf[next[t]++] = d;
                    }

                    var n = pairs[i + 1];
                    scores[next[t] - 1] += weighted[(t * 3) + f] * n * (K1 + 1) / (n + part);
                }
            }
        }

        var result = new Dictionary<string, Posting>(termCount + 4096, StringComparer.Ordinal);
        for (var t = 0; t < termCount; t++)
        {
            var (from, to) = (starts[t], starts[t + 1]);
            if (from == to)
            {
                continue;
            }

            var term = names[t];
            if (term.Length == 1 && SearchText.IsHan(term[0]))
            {
                for (var p = from; p < to; p++)
                {
                    scores[p] *= ClauseQuery.UnigramWeight;
                }
            }

            result[term] = new Posting(new ArraySegment<int>(clauseOf, from, to - from), new ArraySegment<double>(scores, from, to - from));
        }

        return result;
    }

    /// <summary>Per long run (<see cref="StaticAnalysis.LongRuns"/>), the clauses holding it as written, in order.</summary>
    private static int[][] RunClauses(AnalysedClause[] analysed, int runCount)
    {
        var lists = Enumerable.Range(0, runCount).Select(_ => new List<int>()).ToArray();
        for (var d = 0; d < analysed.Length; d++)
        {
            foreach (var r in analysed[d].Runs)
            {
                lists[r].Add(d);
            }
        }

        return lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>
    /// Each synonym's scores, precomputed so that a query fetches one posting per synonym rather than every character of
    /// every synonym. Under <c>~group:word</c>, what search.js sums over the word's terms where the word counts as a synonym
    /// (ClauseQuery's gates: its Chinese as written, on the Chinese side; its English words all together); under
    /// <c>~group=word</c>, the same sum without gates, for when the word is what the reader typed (Chinese only: the
    /// reader's English words count all together too). The clauses that show
    /// the word marked are listed too: as the reader's word under <c>~group?word</c> (its characters' bigrams, a lone
    /// character, any English word), as a synonym under <c>~group!word</c> (a run of Chinese as written, or all the English
    /// words), the latter only where they are not the clauses of <c>~group:word</c>.
    /// Sets of clauses are sorted arrays, worked on with one mark per clause; the groups are worked out on all cores.
    /// </summary>
    private static void AddSynonyms(StaticAnalysis analysis, Dictionary<string, Posting> postings, int clauseCount, int[][] runClauses, IReadOnlyList<string> longRuns,
        IReadOnlyList<IReadOnlyList<string>> synonyms, string language)
    {
        var runIndex = longRuns.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);

        // The clauses holding a text: a term's postings, or a run of Chinese over two characters as written.
        ArraySegment<int> Holding(string text) =>
            text.Length > 2 && text.All(SearchText.IsHan) ? runClauses[runIndex[text]]
            : postings.TryGetValue(text, out var p) ? p.Clauses : ArraySegment<int>.Empty;

        // The groups on all cores, each thread with its own marks; the postings are only read until all are done.
        var perGroup = new List<(string Key, Posting Posting)>[synonyms.Count];
        Parallel.For(0, synonyms.Count, () => new Marks(clauseCount), (g, _, marks) =>
        {
            perGroup[g] = Group(g, marks);
            return marks;
        }, _ => { });

        // Later entries under the same key replace earlier ones, as the sorted dictionary did.
        foreach (var (key, posting) in perGroup.SelectMany(added => added))
        {
            postings[key] = posting;
        }

        List<(string Key, Posting Posting)> Group(int g, Marks marks)
        {
            var (sum, seen) = (marks.Sum, marks.Seen);
            var added = new List<(string Key, Posting Posting)>();
            foreach (var word in synonyms[g].Select(StaticAnalysis.Normalize).Distinct())
            {
                var terms = analysis.Terms(word).Terms.Distinct().ToList();
                var runs = StaticAnalysis.HanRunsIn(word).ToList();
                var wholeRuns = runs.Select(Holding).ToList();
                var english = analysis.Units(word).Where(u => !u.Han).Select(u => u.Key).Distinct().Select(Holding).ToList();
                var gates = terms.Where(t => !t.Any(SearchText.IsHan)).Select(Holding).ToList();
                if (language == Languages.Chinese)
                {
                    gates.AddRange(wholeRuns);
                }

                var found = new List<int>();
                foreach (var term in terms)
                {
                    if (postings.TryGetValue(term, out var p))
                    {
                        var clauses = p.Clauses.AsSpan();
                        var scores = p.Scores!.Value.AsSpan();
                        for (var i = 0; i < clauses.Length; i++)
                        {
                            var d = clauses[i];
                            sum[d] += scores[i];
                            if (!seen[d])
                            {
                                seen[d] = true;
                                found.Add(d);
                            }
                        }
                    }
                }

                found.Sort();
                var all = found.Where(d => sum[d] > 0).ToArray();
                var kept = marks.Within(all, gates);
                added.Add(($"~{g}:{word}", new Posting(kept, kept.Select(d => sum[d]).ToArray())));
                if (language == Languages.Chinese)
                {
                    // English words the reader typed count only all together, as a synonym's do: search.js reads ~group:word.
                    added.Add(($"~{g}={word}", new Posting(all, all.Select(d => sum[d]).ToArray())));
                }
                foreach (var d in found)
                {
                    sum[d] = 0;
                    seen[d] = false;
                }

                var marked = english.Count > 0 ? marks.Union([.. wholeRuns, marks.Within(english[0], english.Skip(1).ToList())]) : marks.Union(wholeRuns);
                if (!marked.AsSpan().SequenceEqual(kept))
                {
                    added.Add(($"~{g}!{word}", new Posting(marked, null)));
                }

                var bigrams = runs.SelectMany(r => r.Length == 1 ? [r] : Enumerable.Range(0, r.Length - 1).Select(i => r.Substring(i, 2)));
                added.Add(($"~{g}?{word}", new Posting(marks.Union(bigrams.Select(Holding).Concat(english)), null)));
            }

            return added;
        }
    }

    /// <summary>One thread's marks per clause for <see cref="AddSynonyms"/>, all cleared after each use.</summary>
    private sealed class Marks(int clauseCount)
    {
        public double[] Sum { get; } = new double[clauseCount];

        public bool[] Seen { get; } = new bool[clauseCount];

        private readonly int[] passed = new int[clauseCount];

        /// <summary>The union of sets, in order.</summary>
        public int[] Union(IEnumerable<ArraySegment<int>> sets)
        {
            var union = new List<int>();
            foreach (var set in sets)
            {
                foreach (var d in set)
                {
                    if (!Seen[d])
                    {
                        Seen[d] = true;
                        union.Add(d);
                    }
                }
            }

            foreach (var d in union)
            {
                Seen[d] = false;
            }

            union.Sort();
            return [.. union];
        }

        /// <summary>The clauses of the first set that are in every other set.</summary>
        public int[] Within(ArraySegment<int> first, IReadOnlyList<ArraySegment<int>> sets)
        {
            for (var s = 0; s < sets.Count; s++)
            {
                foreach (var d in sets[s])
                {
                    if (passed[d] == s)
                    {
                        passed[d] = s + 1;
                    }
                }
            }

            var kept = first.Where(d => passed[d] == sets.Count).ToArray();
            foreach (var set in sets)
            {
                foreach (var d in set)
                {
                    passed[d] = 0;
                }
            }

            return kept;
        }
    }

    /// <summary>A term's clauses, in order, and its score in each (none for a list of marked clauses).</summary>
    private sealed record Posting(ArraySegment<int> Clauses, ArraySegment<double>? Scores);

    /// <summary>
    /// Terms in order, cut into files of about <see cref="ChunkBytes"/>: {"term": [clause deltas…, scores…]}.
    /// The entry names each chunk by the shortest start of its first term that sorts after the previous chunk's last term:
    /// enough to find any term's chunk, and shorter than the term.
    /// </summary>
    /// Written by hand, as <see cref="Utf8JsonWriter"/> would write them (names escaped by the same encoder), at a
    /// fraction of its cost per number.
    private static IEnumerable<(string First, byte[] Bytes)> Chunks(Dictionary<string, Posting> all)
    {
        var postings = all.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        string? first = null, last = null;
        foreach (var (term, (list, scores)) in postings)
        {
            if (first is null)
            {
                first = Boundary(last, term);
                Put(buffer, "{"u8);
            }
            else
            {
                Put(buffer, ","u8);
            }

            last = term;
            Put(buffer, "\""u8);
            Put(buffer, JsonEncodedText.Encode(term, Writer.Encoder).EncodedUtf8Bytes);
            Put(buffer, "\":["u8);
            var previous = 0;
            var comma = false;
            foreach (var d in list)
            {
                Number(buffer, d - previous, ref comma);
                previous = d;
            }

            foreach (var s in scores ?? ArraySegment<double>.Empty)
            {
                Number(buffer, (long)Math.Round(s * ScoreScale, MidpointRounding.AwayFromZero), ref comma);
            }

            Put(buffer, "]"u8);
            if (buffer.WrittenCount >= ChunkBytes)
            {
                Put(buffer, "}"u8);
                yield return (first, buffer.WrittenSpan.ToArray());
                buffer.ResetWrittenCount();
                first = null;
            }
        }

        if (first is not null)
        {
            Put(buffer, "}"u8);
            yield return (first, buffer.WrittenSpan.ToArray());
        }
    }

    private static void Put(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    private static void Number(ArrayBufferWriter<byte> buffer, long value, ref bool comma)
    {
        var span = buffer.GetSpan(21);
        var start = comma ? 1 : 0;
        span[0] = (byte)',';
        System.Buffers.Text.Utf8Formatter.TryFormat(value, span[start..], out var written);
        buffer.Advance(start + written);
        comma = true;
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
}
