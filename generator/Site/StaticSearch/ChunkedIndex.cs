using System.Buffers;
using System.Collections.Concurrent;
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
/// What changed since the last build whose files are being updated: that build's index (<see cref="IndexState"/>), what
/// the edit changed in it (<see cref="InvertedIndex.Replace"/>), the ranges of clauses replaced, and the last build's
/// files by path.
/// </summary>
internal sealed record IndexChange(IndexState Last, IndexEdit Edit, IReadOnlyList<(int Start, int Count)> Ranges, Func<string, byte[]?> LastFile);

/// <summary>The files of an index as the next build needs to know them (kept in <see cref="IndexState"/>).</summary>
/// <param name="Keys">Every key of the postings chunks (terms and synonyms' postings), in ordinal order.</param>
/// <param name="Sizes">Each key's bytes in its chunk.</param>
/// <param name="ChunkOf">Each key's chunk.</param>
/// <param name="ChunkBlocks">The chunks' blocks in order: each block's hash and number of chunks.</param>
/// <param name="FragmentBlocks">The fragments' blocks' hashes (<see cref="ChunkedIndex.FragmentsPerBlock"/> each).</param>
internal sealed record IndexFiles(string[] Keys, int[] Sizes, int[] ChunkOf, (string Hash, int Count)[] ChunkBlocks, string[] FragmentBlocks);

/// <summary>
/// The static search index of one language, split as Pagefind splits its own so that a query downloads only what it
/// needs: an entry file (the synonyms, stop words and limits the script applies to a query, and where each term's
/// postings are); postings chunks, terms in order, each term with its clauses and their score for that term; fragments,
/// a few clauses each, with what a hit shows (title, link, text for the snippet, document, end date), fetched only for the
/// hits shown; and the documents list, fetched only when the search is narrowed to a document or a region.
/// The score of a term in a clause is computed here, once (<see cref="InvertedIndex.Score"/>); the script only adds the
/// scores of the query's terms.
/// Every file's name carries the hash of its block of files, so a browser never mixes two builds' files, and an edit
/// renames only the blocks it changed. After an edit (<see cref="IndexChange"/>), only the postings the edit can have
/// changed are made again: with the same statistics (<see cref="InvertedIndex.Statistics"/>), a term's postings change
/// only if the edit touched it, and a synonym's only if it touched one of its words' terms or runs; the others are
/// copied from the last build's chunks, and the chunks and blocks holding none of them keep their files. The files are
/// the same, byte for byte, as those of a build from nothing (IncrementalBuildTests, ScaleTests).
/// </summary>
internal static class ChunkedIndex
{
    /// <summary>
    /// Terms' postings are cut into chunks of about this many bytes (uncompressed): a query fetches a handful. A term whose
    /// postings are this long or longer is a chunk of its own (<see cref="Cutter"/>).
    /// </summary>
    public const int ChunkBytes = 8 * 1024;

    /// <summary>Postings chunks per block of files named by one hash, on average (<see cref="Blocks"/>).</summary>
    public const int ChunksPerBlock = 2;

    /// <summary>Fragment files per block of files named by one hash.</summary>
    public const int FragmentsPerBlock = 64;

    /// <summary>Clauses per fragment file: the hits a page shows are scattered, so few clauses per file waste little.</summary>
    public const int FragmentClauses = 2;

    /// <summary>Scores are sent as integers in hundredths: ranking ties within 0.01 are broken by clause order.</summary>
    public const int ScoreScale = 100;

    private static readonly JsonWriterOptions Writer = new()
    {
        // Chinese stays readable (and a third of the size of \u escapes); HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = Writer.Encoder };

    /// <summary>
    /// Makes the index from <paramref name="index"/>: hands each file other than the entry to <paramref name="add"/> with
    /// its path (<paramref name="folder"/>/zh/t0.1a2b3c4d.json), or with no bytes for a file of the last build kept as it
    /// is; returns the entry file's bytes and what the next build needs to know of the files. The entry names that folder
    /// relative to itself, so the entry and the folder sit side by side. <paramref name="clauses"/> are what a hit shows
    /// of each clause: all of them without <paramref name="change"/>; with it, at least those of the fragment blocks
    /// holding a changed clause. A full build hands each block of files over as soon as it is complete, so that it holds
    /// no more than a block at a time; an update, once it has made them all (until then, a missing or damaged file of
    /// the last build throws <see cref="InvalidDataException"/>, and nothing has been handed over).
    /// </summary>
    public static (byte[] Entry, IndexFiles Files) Build(
        string language, InvertedIndex index, IReadOnlyList<IndexedClause?> clauses, IReadOnlyList<string> longRuns, object documents,
        IReadOnlyList<object> documentsShown, IReadOnlyList<IReadOnlyList<string>> synonyms, string folder, IndexChange? change, Action<string, byte[]?> add)
    {
        var made = new List<(string, byte[]?)>();
        var hand = change is null ? add : (path, bytes) => made.Add((path, bytes));
        var languageFolder = $"{folder}/{language}";
        var (withField, average) = index.Statistics();
        var last = change?.Last;
        // Every term's postings are made again when the statistics moved, or with nothing to update.
        var everything = last is null || !(last.Index.Statistics() is var (w, a) && w.SequenceEqual(withField) && a.SequenceEqual(average));

        // The synonyms' postings and the fragments do not depend on each other: each on a core of its own.
        var postings = new Postings(index, longRuns);
        Dictionary<string, Posting>? synonymPostings = null;
        HashSet<int>? madeGroups = null;
        List<(int Group, string Word, WordPostings Within)>? patches = null;
        string[]? fragmentBlocks = null;
        Parallel.Invoke(
            () => (synonymPostings, madeGroups, patches) = Synonyms(postings, synonyms, language, everything ? null : change),
            () => fragmentBlocks = FragmentBlocks(clauses, documentsShown, languageFolder, change, hand));

        // Every key in order: the terms, and the synonyms' keys (made again, or the last build's for the groups kept).
        var lastKeys = last is null ? null : new Dictionary<string, int>(last.Files.Keys.Length, StringComparer.Ordinal);
        for (var k = 0; lastKeys is not null && k < last!.Files.Keys.Length; k++)
        {
            lastKeys[last.Files.Keys[k]] = k;
        }

        // The synonyms' words changed in some clauses only: the last build's postings with those clauses made again.
        var old = new OldChunks(last, change?.LastFile, languageFolder);
        var spliced = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var patched = new HashSet<string>(StringComparer.Ordinal);
        var changedClauses = change?.Edit.Clauses.Order().ToArray() ?? [];
        foreach (var (g, word, within) in patches!)
        {
            foreach (var (key, bytes) in Patch(g, word, within, changedClauses, key => lastKeys!.TryGetValue(key, out var k) ? old.Bytes(key, k) : (ArraySegment<byte>?)null,
                key => lastKeys!.TryGetValue(key, out var k) ? old.Posting(key, k) : null))
            {
                spliced[key] = bytes;
            }

            patched.Add($"~{g}:{word}");
        }

        // The last build's keys of the words neither made again nor patched, as they were.
        var synonymKeys = synonymPostings!.Keys.Concat(spliced.Keys)
            .Concat(last?.Files.Keys.Where(k => k.StartsWith('~') && !madeGroups!.Contains(GroupOf(k)) && !patched.Contains(WordKey(k))) ?? [])
            .Order(StringComparer.Ordinal).ToList();
        var keys = Merge(index.Terms, synonymKeys);
        var sizes = new int[keys.Count];
        var chunkOf = new int[keys.Count];
        var chunkStarts = new List<string>();
        var chunks = new List<Chunk>();
        var cutter = new Cutter();
        var term = new ArrayBufferWriter<byte>(ChunkBytes);
        string? lastKey = null;
        var blocks = new List<(string Hash, int Count)>();
        var blockChunks = new List<Chunk>();
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            byte[]? bytes = null;
            var lastIndex = lastKeys?.GetValueOrDefault(key, -1) ?? -1;
            var fresh = key.StartsWith('~') ? synonymPostings.TryGetValue(key, out var synonym) ? synonym : null
                : everything || change!.Edit.Terms.Contains(key) ? postings.Scored(key) : null;
            if (spliced.TryGetValue(key, out var splice))
            {
                bytes = splice;
            }
            else if (fresh is not null)
            {
                term.ResetWrittenCount();
                Format(term, key, fresh);
                bytes = term.WrittenSpan.ToArray();
            }
            else if (lastIndex < 0)
            {
                throw new InvalidDataException($"the last build's index has no postings of \"{key}\"");
            }

            sizes[k] = bytes?.Length ?? last!.Files.Sizes[lastIndex];
            if (cutter.StartsAlone(sizes[k]))
            {
                EndChunk();
            }

            if (chunks.Count == 0)
            {
                chunkStarts.Add(Boundary(lastKey, key));
            }

            chunks.Add(new Chunk(key, lastIndex, bytes));
            chunkOf[k] = chunkStarts.Count - 1;
            lastKey = key;
            if (cutter.Ends(key, sizes[k]))
            {
                EndChunk();
            }
        }

        EndChunk();
        EndBlock();

        var documentsFile = JsonSerializer.SerializeToUtf8Bytes(documents, Json);
        var documentsPath = $"documents.{Version([documentsFile])}.json";
        hand($"{languageFolder}/{documentsPath}", documentsFile);
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
            blocks = new { t = blocks.Select(b => new object[] { b.Hash, b.Count }), f = fragmentBlocks },
            perBlock = new { f = FragmentsPerBlock },
            documents = documentsPath,
            scoreScale = ScoreScale,
        };
        foreach (var (path, bytes) in made)
        {
            add(path, bytes);
        }

        return (JsonSerializer.SerializeToUtf8Bytes(entry, Json), new IndexFiles([.. keys], sizes, chunkOf, [.. blocks], fragmentBlocks!));

        // The chunk so far, to its block: the last build's chunk when it holds the same keys, all untouched.
        void EndChunk()
        {
            if (chunks.Count == 0)
            {
                return;
            }

            var first = chunks[0].LastIndex;
            var same = first >= 0 && chunks.All(c => c.Bytes is null) && old.SameChunk(first, chunks.Count);
            var chunk = same ? new Chunk(chunks[0].Key, last!.Files.ChunkOf[first], null)
                : new Chunk(chunks[0].Key, -1, Close(chunks.Select(c => c.Bytes is { } made ? new ArraySegment<byte>(made) : old.Bytes(c.Key, c.LastIndex)).ToList()));
            chunks.Clear();
            cutter.Reset();
            blockChunks.Add(chunk);
            if (StableHash(chunk.Key) % ChunksPerBlock == 0 || blockChunks.Count == ChunksPerBlock * 4)
            {
                EndBlock();
            }
        }

        // The block so far, named: the last build's block, kept, when it is made of the same chunks.
        void EndBlock()
        {
            if (blockChunks.Count == 0)
            {
                return;
            }

            if (old.SameBlock(blockChunks.Select(c => c.LastIndex).ToList()) is { } kept)
            {
                blocks.Add((kept, blockChunks.Count));
                for (var j = 0; j < blockChunks.Count; j++)
                {
                    hand($"{languageFolder}/t{j}.{kept}.json", null);
                }
            }
            else
            {
                var files = blockChunks.Select(c => c.Bytes ?? old.ChunkBytes(c.LastIndex)).ToList();
                var version = Version(files);
                blocks.Add((version, files.Count));
                for (var j = 0; j < files.Count; j++)
                {
                    hand($"{languageFolder}/t{j}.{version}.json", files[j]);
                }
            }

            blockChunks.Clear();
        }
    }

    /// <summary>
    /// A key on its way into a chunk (its place among the last build's keys, or -1, and its bytes when made by this
    /// build), or a chunk on its way into a block (its first key, the last build's chunk it equals or -1, its bytes).
    /// </summary>
    private sealed record Chunk(string Key, int LastIndex, byte[]? Bytes);

    /// <summary>
    /// Where a chunk ends. It depends on the keys near it, not on all before it, so that an edit changes the chunks of
    /// the keys it touched and few beside them: a key whose postings are <see cref="ChunkBytes"/> or more is a chunk of
    /// its own; otherwise a chunk ends, once it holds half of <see cref="ChunkBytes"/>, after a key whose hash says so (one
    /// in two), and at twice <see cref="ChunkBytes"/> in any case.
    /// </summary>
    private sealed class Cutter
    {
        private int bytes;

        /// <summary>Whether a key of <paramref name="size"/> bytes is a chunk of its own (the chunk before it then ends).</summary>
        public bool StartsAlone(int size) => size >= ChunkBytes && bytes > 0;

        /// <summary>Adds a key (after an opening brace or a comma); whether the chunk ends after it.</summary>
        public bool Ends(string key, int size)
        {
            bytes += 1 + size;
            return size >= ChunkBytes || bytes >= ChunkBytes * 2 || (bytes >= ChunkBytes / 2 && StableHash(key) % 2 == 0);
        }

        public void Reset() => bytes = 0;
    }

    /// <summary>The last build's chunks and blocks, read from its files when a chunk has to be made again.</summary>
    private sealed class OldChunks(IndexState? last, Func<string, byte[]?>? file, string folder)
    {
        private readonly Dictionary<int, (byte[] Bytes, Dictionary<string, Range> Keys)> read = [];
        private int[]? chunkStart;
        private (int Block, int Place)[]? chunkBlock;

        private IndexFiles Files => last!.Files;

        /// <summary>Whether the last build's chunk holding key <paramref name="first"/> starts with it and holds <paramref name="count"/> keys.</summary>
        public bool SameChunk(int first, int count)
        {
            Layout();
            var chunk = Files.ChunkOf[first];
            return chunkStart![chunk] == first && (chunk + 1 < chunkStart.Length ? chunkStart[chunk + 1] : Files.Keys.Length) - first == count;
        }

        /// <summary>The hash of the last build's block made of exactly these chunks (the last build's), or null.</summary>
        public string? SameBlock(IReadOnlyList<int> chunks)
        {
            if (last is null || chunks.Any(c => c < 0))
            {
                return null;
            }

            Layout();
            var (block, place) = chunkBlock![chunks[0]];
            var (hash, count) = Files.ChunkBlocks[block];
            return place == 0 && count == chunks.Count && chunks.Select((c, i) => c == chunks[0] + i).All(x => x) ? hash : null;
        }

        /// <summary>A key's bytes in the last build's chunk (without the comma).</summary>
        public ArraySegment<byte> Bytes(string key, int lastIndex)
        {
            var (bytes, keys) = Read(Files.ChunkOf[lastIndex]);
            return keys.TryGetValue(key, out var range) ? new ArraySegment<byte>(bytes, range.Start.Value, range.End.Value - range.Start.Value) : throw new InvalidDataException($"the last build's chunk has no \"{key}\"");
        }

        /// <summary>A key's postings as the last build's chunk holds them: clauses, and scores (in hundredths there) if any.</summary>
        public (int[] Clauses, double[]? Scores) Posting(string key, int lastIndex)
        {
            var bytes = Bytes(key, lastIndex).AsSpan();
            var at = 1;
            while (at < bytes.Length && bytes[at] != (byte)'"')
            {
                at += bytes[at] == (byte)'\\' ? 2 : 1;
            }

            if (!bytes[(at + 1)..].StartsWith(":["u8) || bytes[^1] != (byte)']')
            {
                throw new InvalidDataException($"the last build's postings of \"{key}\" are damaged");
            }

            var numbers = new List<long>();
            var list = bytes[(at + 3)..^1];
            foreach (var range in list.IsEmpty ? default : list.Split((byte)','))
            {
                if (!System.Buffers.Text.Utf8Parser.TryParse(list[range], out long number, out var used) || used != range.End.Value - range.Start.Value)
                {
                    throw new InvalidDataException($"the last build's postings of \"{key}\" are damaged");
                }

                numbers.Add(number);
            }

            var scored = key[0] != '~' || key.AsSpan(1).IndexOfAny(":=!?") is var mark and >= 0 && key[1 + mark] is ':' or '=';
            var count = scored ? numbers.Count / 2 : numbers.Count;
            var clauses = new int[count];
            for (var (i, d) = (0, 0L); i < count; i++)
            {
                d += numbers[i];
                clauses[i] = (int)d;
            }

            return (clauses, scored ? numbers.Skip(count).Select(n => (double)n / ScoreScale).ToArray() : null);
        }

        /// <summary>The last build's chunk file.</summary>
        public byte[] ChunkBytes(int chunk)
        {
            if (read.TryGetValue(chunk, out var known))
            {
                return known.Bytes;
            }

            Layout();
            var (block, place) = chunkBlock![chunk];
            var path = $"{folder}/t{place}.{Files.ChunkBlocks[block].Hash}.json";
            return file!(path) ?? throw new InvalidDataException($"the last build's {path} is missing");
        }

        /// <summary>
        /// The last build's chunk file, and where each key's postings lie in it: read by hand rather than by a JSON
        /// reader (the chunks a common word's edit touches hold megabytes of numbers), as <see cref="Format"/> writes them.
        /// </summary>
        private (byte[] Bytes, Dictionary<string, Range> Keys) Read(int chunk)
        {
            if (read.TryGetValue(chunk, out var known) && known.Keys.Count > 0)
            {
                return known;
            }

            var bytes = ChunkBytes(chunk);
            var keys = new Dictionary<string, Range>(StringComparer.Ordinal);
            var span = bytes.AsSpan();
            var at = 1;
            while (at < span.Length - 1)
            {
                // "key":[numbers], the key escaped as JSON.
                var end = at + 1;
                while (end < span.Length && span[end] != (byte)'"')
                {
                    end += span[end] == (byte)'\\' ? 2 : 1;
                }

                var close = end + 2 < span.Length && span[end + 1] == (byte)':' && span[end + 2] == (byte)'[' ? span[end..].IndexOf((byte)']') : -1;
                if (span[at] != (byte)'"' || close < 0)
                {
                    throw new InvalidDataException($"the last build's chunk {chunk} is damaged");
                }

                var name = JsonSerializer.Deserialize<string>(span[at..(end + 1)])!;
                keys[name] = at..(end + close + 1);
                at = end + close + 2;
            }

            return read[chunk] = (bytes, keys);
        }

        /// <summary>Where each of the last build's chunks starts among its keys, and which block and place each is in.</summary>
        private void Layout()
        {
            if (chunkStart is not null)
            {
                return;
            }

            var chunks = Files.ChunkBlocks.Sum(b => b.Count);
            chunkStart = new int[chunks];
            Array.Fill(chunkStart, -1);
            for (var k = Files.ChunkOf.Length - 1; k >= 0; k--)
            {
                chunkStart[Files.ChunkOf[k]] = k;
            }

            chunkBlock = new (int, int)[chunks];
            for (int b = 0, c = 0; b < Files.ChunkBlocks.Length; b++)
            {
                for (var j = 0; j < Files.ChunkBlocks[b].Count; j++)
                {
                    chunkBlock[c++] = (b, j);
                }
            }
        }
    }

    /// <summary>Where the mark after a synonym key's group number is (<c>~12:word</c>, <c>~12=word</c>, <c>~12!word</c>, <c>~12?word</c>).</summary>
    private static int MarkOf(string key) =>
        1 + key.AsSpan(1).IndexOfAny(":=!?") is var mark and > 0 ? mark : throw new InvalidDataException(key);

    /// <summary>A synonym's key as its word's postings are keyed (<c>~12=word</c> → <c>~12:word</c>).</summary>
    private static string WordKey(string key) =>
        MarkOf(key) is var mark && key[mark] != ':' ? string.Concat(key.AsSpan(0, mark), ":", key.AsSpan(mark + 1)) : key;

    /// <summary>The group number of a synonym's key (<c>~12:word</c>).</summary>
    private static int GroupOf(string key) => int.Parse(key.AsSpan(1, MarkOf(key) - 1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Two ordered lists of distinct keys as one.</summary>
    private static List<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var merged = new List<string>(first.Count + second.Count);
        var (i, j) = (0, 0);
        while (i < first.Count || j < second.Count)
        {
            merged.Add(j == second.Count || (i < first.Count && string.CompareOrdinal(first[i], second[j]) < 0) ? first[i++] : second[j++]);
        }

        return merged;
    }

    /// <summary>A key's postings as its chunk holds them: "key":[clause deltas…, scores in hundredths…].</summary>
    /// Written by hand, as <see cref="Utf8JsonWriter"/> would write them (names escaped by the same encoder), at a
    /// fraction of its cost per number.
    private static void Format(ArrayBufferWriter<byte> buffer, string key, Posting posting)
    {
        Put(buffer, "\""u8);
        Put(buffer, JsonEncodedText.Encode(key, Writer.Encoder).EncodedUtf8Bytes);
        Put(buffer, "\":["u8);
        var previous = 0;
        var comma = false;
        foreach (var d in posting.Clauses)
        {
            Number(buffer, d - previous, ref comma);
            previous = d;
        }

        foreach (var s in posting.Scores ?? ArraySegment<double>.Empty)
        {
            Number(buffer, Scaled(s), ref comma);
        }

        Put(buffer, "]"u8);
    }

    /// <summary>A chunk file: its keys' bytes in braces, separated by commas (made at its size: chunks of a common word run to megabytes).</summary>
    private static byte[] Close(IReadOnlyList<ArraySegment<byte>> keys)
    {
        var bytes = new byte[keys.Sum(k => k.Count) + keys.Count + 1];
        var at = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            bytes[at++] = k == 0 ? (byte)'{' : (byte)',';
            keys[k].CopyTo(bytes, at);
            at += keys[k].Count;
        }

        bytes[at] = (byte)'}';
        return bytes;
    }

    /// <summary>
    /// The fragment files, <see cref="FragmentsPerBlock"/> to a block named by its hash (<c>f{i}.{hash}.json</c>, i
    /// counting all fragments): with <paramref name="change"/>, only the blocks holding a changed clause are made again,
    /// the others kept. Returns the blocks' hashes.
    /// </summary>
    private static string[] FragmentBlocks(IReadOnlyList<IndexedClause?> clauses, IReadOnlyList<object> documentsShown, string folder, IndexChange? change, Action<string, byte[]?> add)
    {
        const int blockClauses = FragmentsPerBlock * FragmentClauses;
        var hashes = new string[(clauses.Count + blockClauses - 1) / blockClauses];
        var changed = new bool[hashes.Length];
        foreach (var (start, count) in change?.Ranges ?? [(0, clauses.Count)])
        {
            for (var b = start / blockClauses; count > 0 && b <= (start + count - 1) / blockClauses; b++)
            {
                changed[b] = true;
            }
        }

        for (var b = 0; b < hashes.Length; b++)
        {
            var first = b * FragmentsPerBlock;
            if (!changed[b] && change?.Last.Files.FragmentBlocks is { } lastBlocks && b < lastBlocks.Length)
            {
                hashes[b] = lastBlocks[b];
                for (var i = first; i < first + FragmentsPerBlock && i * FragmentClauses < clauses.Count; i++)
                {
                    add($"{folder}/f{i}.{hashes[b]}.json", null);
                }

                continue;
            }

            var files = new List<byte[]>(FragmentsPerBlock);
            for (var start = b * blockClauses; start < Math.Min(clauses.Count, (b + 1) * blockClauses); start += FragmentClauses)
            {
                var group = Enumerable.Range(start, Math.Min(FragmentClauses, clauses.Count - start))
                    .Select(c => clauses[c] ?? throw new InvalidOperationException($"clause {c} of a changed fragment was not gathered")).ToList();
                var fragment = new
                {
                    docs = group.Select(c => c.Document).Distinct().ToDictionary(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), d => documentsShown[d]),
                    clauses = group.Select(c => c.Fragment),
                };
                files.Add(JsonSerializer.SerializeToUtf8Bytes(fragment, Json));
            }

            hashes[b] = Version(files);
            for (var j = 0; j < files.Count; j++)
            {
                add($"{folder}/f{first + j}.{hashes[b]}.json", files[j]);
            }
        }

        return hashes;
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
    /// FNV-1a of a key's UTF-16 code units, its bits mixed (MurmurHash3's finaliser) so that the low ones depend on every
    /// character: the same on every run and machine, unlike string.GetHashCode.
    /// </summary>
    private static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35;
        return hash ^ (hash >> 16);
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

    /// <summary>A key's clauses, in order, and its score in each (none for a list of marked clauses).</summary>
    private sealed record Posting(ArraySegment<int> Clauses, ArraySegment<double>? Scores)
    {
        /// <summary>Whether the two are written the same: the same clauses, and scores the same in hundredths.</summary>
        public bool Same(Posting other)
        {
            if (!Clauses.AsSpan().SequenceEqual(other.Clauses) || Scores.HasValue != other.Scores.HasValue)
            {
                return false;
            }

            for (var i = 0; Scores is { } scores && i < scores.Count; i++)
            {
                if (Scaled(scores[i]) != Scaled(other.Scores!.Value[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A score as the files write it, in hundredths.</summary>
    private static long Scaled(double score) => (long)Math.Round(score * ScoreScale, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The terms' postings, scored on first use and kept (the synonyms read the same terms many times); or, made by
    /// <see cref="Within"/>, only their entries in some clauses.
    /// </summary>
    private sealed class Postings(InvertedIndex index, IReadOnlyList<string> longRuns, HashSet<int>? within = null)
    {
        private readonly ConcurrentDictionary<int, Posting> scored = new();
        private readonly Dictionary<string, int> runIndex = longRuns.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);

        public int ClauseCount => index.ClauseCount;

        /// <summary>The same postings, or those of <paramref name="other"/> (an index of the same clauses), in <paramref name="clauses"/> only.</summary>
        public Postings Within(HashSet<int> clauses, InvertedIndex? other = null) => new(other ?? index, longRuns, clauses);

        /// <summary>A term's postings, scored anew and not kept (each term's postings are written once), or null.</summary>
        public Posting? Scored(string term) => index.Find(term) is var t and >= 0 ? scored.GetValueOrDefault(t) ?? Score(t) : null;

        /// <summary>A term's postings, or null when no clause holds it.</summary>
        public Posting? Term(string term) =>
            index.Find(term) is var t and >= 0 ? scored.GetOrAdd(t, static (t, self) => self.Score(t), this) : null;

        private Posting Score(int t)
        {
            var (clauses, scores) = (index.Clauses(t), index.Score(t));
            if (within is null)
            {
                return new Posting(clauses, scores);
            }

            var kept = Enumerable.Range(0, clauses.Count).Where(i => within.Contains(clauses[i])).ToArray();
            return new Posting(kept.Select(i => clauses[i]).ToArray(), kept.Select(i => scores[i]).ToArray());
        }

        /// <summary>The clauses holding a text: a term's, or those of a run of over two Chinese characters as written.</summary>
        public ArraySegment<int> Holding(string text) =>
            !IsLongRun(text) ? Term(text)?.Clauses ?? ArraySegment<int>.Empty
            : within is null ? index.RunClauses[runIndex[text]] : index.RunClauses[runIndex[text]].Where(within.Contains).ToArray();

        /// <summary>The place of a long run among the runs the clauses were analysed for.</summary>
        public int RunOf(string run) => runIndex[run];

        public static bool IsLongRun(string text) => text.Length > 2 && text.All(SearchText.IsHan);
    }

    /// <summary>
    /// What a synonym's postings are made from (<see cref="Synonyms"/>): its terms as the script makes them, its runs of
    /// Chinese as written, its English words, and its runs' bigrams (a lone character for a run of one).
    /// </summary>
    private sealed record WordParts(List<string> Terms, List<string> Runs, List<string> English, List<string> Bigrams)
    {
        public static WordParts Of(StaticAnalysis analysis, string word)
        {
            var runs = StaticAnalysis.HanRunsIn(word).ToList();
            return new WordParts(
                analysis.Terms(word).Terms.Distinct().ToList(),
                runs,
                analysis.Units(word).Where(u => !u.Han).Select(u => u.Key).Distinct().ToList(),
                runs.SelectMany(r => r.Length == 1 ? [r] : Enumerable.Range(0, r.Length - 1).Select(i => r.Substring(i, 2))).ToList());
        }

        private IEnumerable<string> Texts => Terms.Concat(English).Concat(Bigrams).Concat(Runs);

        /// <summary>Whether an edit can have changed the word's postings.</summary>
        public bool Touched(IndexEdit edit, Postings postings) =>
            Texts.Any(text => Postings.IsLongRun(text) ? edit.Runs.Contains(postings.RunOf(text)) : edit.Terms.Contains(text));

        /// <summary>Whether an edit can have changed the word's postings beyond the clauses it changed.</summary>
        public bool TouchedBeyond(IndexEdit edit) => Texts.Any(edit.Global.Contains);
    }

    /// <summary>
    /// A synonym's postings (<see cref="Synonyms"/>): as a synonym (its gates passed), as the reader's word (Chinese
    /// only), and the clauses showing it marked as a synonym and as the reader's word.
    /// </summary>
    private sealed record WordPostings(Posting Synonym, Posting? Typed, int[] Marked, int[] Shown)
    {
        /// <summary>Its keys: <c>~group!word</c> only where the marked clauses are not the synonym's.</summary>
        public IEnumerable<(string Key, Posting Posting)> Keys(int g, string word)
        {
            yield return ($"~{g}:{word}", Synonym);
            if (Typed is not null)
            {
                yield return ($"~{g}={word}", Typed);
            }

            if (!Marked.AsSpan().SequenceEqual(Synonym.Clauses))
            {
                yield return ($"~{g}!{word}", new Posting(Marked, null));
            }

            yield return ($"~{g}?{word}", new Posting(Shown, null));
        }

        /// <summary>Whether the two make the same keys with the same bytes (scores the same in hundredths).</summary>
        public bool Same(WordPostings other) =>
            Synonym.Same(other.Synonym) && (Typed is null ? other.Typed is null : other.Typed is not null && Typed.Same(other.Typed))
            && Marked.AsSpan().SequenceEqual(other.Marked) && Shown.AsSpan().SequenceEqual(other.Shown);
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
    /// With <paramref name="change"/>, only the groups a word of which the edit touched are made: wholly where it touched
    /// them beyond the changed clauses, else in the changed clauses only (returned apart, for <see cref="Patch"/>).
    /// Sets of clauses are sorted arrays, worked on with one mark per clause; the groups are worked out on all cores.
    /// </summary>
    private static (Dictionary<string, Posting> Postings, HashSet<int> Groups, List<(int Group, string Word, WordPostings Within)> Patches) Synonyms(
        Postings postings, IReadOnlyList<IReadOnlyList<string>> synonyms, string language, IndexChange? change)
    {
        var analysis = new StaticAnalysis(SearchAnalyzers.EnglishStopWords);
        var words = synonyms.Select(g => g.Select(StaticAnalysis.Normalize).Distinct().Select(w => (Word: w, Parts: WordParts.Of(analysis, w))).ToList()).ToList();
        var edit = change?.Edit;
        var whole = Enumerable.Range(0, words.Count).Where(g => edit is null || words[g].Any(w => w.Parts.Touched(edit, postings) && w.Parts.TouchedBeyond(edit))).ToList();
        var local = edit is null ? [] : Enumerable.Range(0, words.Count).Where(g => !whole.Contains(g) && words[g].Any(w => w.Parts.Touched(edit, postings))).ToList();
        var within = edit is null ? postings : postings.Within(edit.Clauses);
        var before = edit is null ? postings : postings.Within(edit.Clauses, change!.Last.Index);

        // The groups on all cores, each thread with its own marks; the postings are only read until all are done. The
        // groups touched only in some clauses, there both now and before the edit.
        var jobs = whole.Select(g => (Group: g, From: postings)).Concat(local.Select(g => (Group: g, From: within))).Concat(local.Select(g => (Group: g, From: before))).ToList();
        var perGroup = new List<(string Word, WordPostings Postings)>[jobs.Count];
        Parallel.For(0, jobs.Count, () => new Marks(postings.ClauseCount), (i, _, marks) =>
        {
            perGroup[i] = words[jobs[i].Group].Select(w => (w.Word, Word(w.Parts, jobs[i].From, marks))).ToList();
            return marks;
        }, _ => { });

        var result = new Dictionary<string, Posting>(StringComparer.Ordinal);
        for (var i = 0; i < whole.Count; i++)
        {
            foreach (var (word, made) in perGroup[i])
            {
                foreach (var (key, posting) in made.Keys(whole[i], word))
                {
                    result[key] = posting;
                }
            }
        }

        // A word is patched where its postings in those clauses changed (an edit touching its terms mostly leaves them).
        var patches = local.SelectMany((g, i) => perGroup[whole.Count + i].Zip(perGroup[whole.Count + local.Count + i])
            .Where(w => !w.First.Postings.Same(w.Second.Postings)).Select(w => (g, w.First.Word, w.First.Postings))).ToList();
        return (result, [.. whole], patches);

        WordPostings Word(WordParts parts, Postings from, Marks marks)
        {
            var (sum, seen) = (marks.Sum, marks.Seen);
            var wholeRuns = parts.Runs.Select(from.Holding).ToList();
            var english = parts.English.Select(from.Holding).ToList();
            var gates = parts.Terms.Where(t => !t.Any(SearchText.IsHan)).Select(from.Holding).ToList();
            if (language == Languages.Chinese)
            {
                gates.AddRange(wholeRuns);
            }

            var found = new List<int>();
            foreach (var term in parts.Terms)
            {
                if (from.Term(term) is { } p)
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
            var synonym = new Posting(kept, kept.Select(d => sum[d]).ToArray());
            // English words the reader typed count only all together, as a synonym's do: search.js reads ~group:word.
            var typed = language == Languages.Chinese ? new Posting(all, all.Select(d => sum[d]).ToArray()) : null;
            foreach (var d in found)
            {
                sum[d] = 0;
                seen[d] = false;
            }

            var marked = english.Count > 0 ? marks.Union([.. wholeRuns, marks.Within(english[0], english.Skip(1).ToList())]) : marks.Union(wholeRuns);
            return new WordPostings(synonym, typed, marked, marks.Union(parts.Bigrams.Select(from.Holding).Concat(english)));
        }
    }

    /// <summary>
    /// A synonym's keys after an edit that changed its postings in some clauses only (<paramref name="changed"/>): the
    /// last build's bytes (<paramref name="last"/>, by key) with the entries of those clauses replaced by
    /// <paramref name="within"/> (made in those clauses only), spliced rather than read and written whole (a common
    /// word's postings run to hundreds of kilobytes). <c>~group!word</c>, present only where the marked clauses are not
    /// the synonym's, is worked out whole when the last build had it or the change makes it (neither happens often).
    /// </summary>
    private static IEnumerable<(string Key, byte[] Bytes)> Patch(int g, string word, WordPostings within, int[] changed,
        Func<string, ArraySegment<byte>?> last, Func<string, (int[] Clauses, double[]? Scores)?> lastPosting)
    {
        byte[] Spliced(string key, Posting now) =>
            Splice(last(key) ?? throw new InvalidDataException($"the last build's index has no postings of \"{key}\""), changed, now);

        yield return ($"~{g}:{word}", Spliced($"~{g}:{word}", within.Synonym));
        if (within.Typed is not null)
        {
            yield return ($"~{g}={word}", Spliced($"~{g}={word}", within.Typed));
        }

        var marked = $"~{g}!{word}";
        if (last(marked) is not null || !within.Marked.AsSpan().SequenceEqual(within.Synonym.Clauses))
        {
            // Whole: the synonym's clauses and the marked ones, each the last build's outside the changed clauses.
            var set = changed.ToHashSet();
            int[] Merged(int[] before, IEnumerable<int> now) => before.Where(d => !set.Contains(d)).Concat(now).Order().ToArray();
            var kept = Merged(lastPosting($"~{g}:{word}")!.Value.Clauses, within.Synonym.Clauses);
            var marks = Merged(lastPosting(marked)?.Clauses ?? lastPosting($"~{g}:{word}")!.Value.Clauses, within.Marked);
            if (!marks.AsSpan().SequenceEqual(kept))
            {
                var buffer = new ArrayBufferWriter<byte>();
                Format(buffer, marked, new Posting(marks, null));
                yield return (marked, buffer.WrittenSpan.ToArray());
            }
        }

        yield return ($"~{g}?{word}", Spliced($"~{g}?{word}", new Posting(within.Shown, null)));
    }

    // Each thread's commas and output of Splice, kept for the next key (a common word's postings are hundreds of kilobytes).
    [ThreadStatic]
    private static List<int>? spliceCommas;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? spliceBuffer;

    /// <summary>
    /// A key's bytes in its chunk ("key":[clause deltas…, scores…]) with its entries in the <paramref name="changed"/>
    /// clauses (in order) replaced by those of <paramref name="now"/>: the numbers before and after the span of entries
    /// those clauses fall in are copied as they are (but the delta of the first entry after it).
    /// </summary>
    private static byte[] Splice(ArraySegment<byte> key, int[] changed, Posting now)
    {
        var old = key.Array!;
        var open = key.AsSpan().IndexOf(":["u8);
        if (open < 0 || key[^1] != (byte)']')
        {
            throw new InvalidDataException("the last build's postings are damaged");
        }

        var (start, length) = (key.Offset + open + 2, key.Count - open - 3);
        var commas = spliceCommas ??= [];
        commas.Clear();
        for (var at = old.AsSpan(start, length).IndexOf((byte)','); at >= 0; at = old.AsSpan(start + at + 1, length - at - 1).IndexOf((byte)',') is var next and >= 0 ? at + 1 + next : -1)
        {
            commas.Add(at);
        }

        var count = length == 0 ? 0 : commas.Count + 1;
        var scored = now.Scores is not null;
        var n = scored ? count / 2 : count;
        // Number i of the list: where it starts and ends in the file, and its value.
        int From(int i) => start + (i == 0 ? 0 : commas[i - 1] + 1);
        int To(int i) => start + (i == count - 1 ? length : commas[i]);
        long Value(int i) => System.Buffers.Text.Utf8Parser.TryParse(old.AsSpan(From(i), To(i) - From(i)), out long value, out var used) && used == To(i) - From(i)
            ? value : throw new InvalidDataException("the last build's postings are damaged");

        // The entries from the first at or after the first changed clause (a) to the first after the last one (b).
        var (a, b, clause, before) = (-1, n, 0L, 0L);
        for (var i = 0; i < n; i++)
        {
            clause += Value(i);
            if (a < 0 && clause >= changed[0])
            {
                (a, before) = (i, clause - Value(i));
            }

            if (clause > changed[^1])
            {
                b = i;
                break;
            }
        }

        if (a < 0)
        {
            (a, before) = (n, clause);
        }

        // The span's entries now: the last build's in clauses not changed, and the changed clauses' as they are now.
        var set = changed.ToHashSet();
        var window = new List<(long Clause, int Old, double Score)>();
        for (long i = a, c = before; i < b; i++)
        {
            c += Value((int)i);
            if (!set.Contains((int)c))
            {
                window.Add((c, (int)i, 0));
            }
        }

        for (var i = 0; i < now.Clauses.Count; i++)
        {
            window.Add((now.Clauses[i], -1, now.Scores?[i] ?? 0));
        }

        window.Sort((x, y) => x.Clause.CompareTo(y.Clause));
        var buffer = spliceBuffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        Put(buffer, key.AsSpan(0, open + 2));
        var comma = false;
        void Copy(int from, int to)
        {
            if (from < to)
            {
                if (comma)
                {
                    Put(buffer, ","u8);
                }

                Put(buffer, old.AsSpan(From(from), To(to - 1) - From(from)));
                comma = true;
            }
        }

        Copy(0, a);
        var previous = before;
        foreach (var (c, _, _) in window)
        {
            Number(buffer, c - previous, ref comma);
            previous = c;
        }

        if (b < n)
        {
            Number(buffer, before + Enumerable.Range(a, b - a + 1).Sum(i => Value(i)) - previous, ref comma);
            Copy(b + 1, n);
        }

        if (scored)
        {
            Copy(n, n + a);
            foreach (var (_, o, score) in window)
            {
                if (o >= 0)
                {
                    Copy(n + o, n + o + 1);
                }
                else
                {
                    Number(buffer, Scaled(score), ref comma);
                }
            }

            Copy(n + b, count);
        }

        Put(buffer, "]"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One thread's marks per clause for <see cref="Synonyms"/>, all cleared after each use.</summary>
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
