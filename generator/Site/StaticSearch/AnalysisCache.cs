using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Policy.Knowledge;

namespace Policy.Generator.Site.StaticSearch;

/// <summary>
/// Each policy's clauses as the static search analysed them (<see cref="AnalysedClause"/>), per language, reused while
/// nothing the analysis reads has changed: so that a build after one policy changed analyses that policy only and then
/// merely adds up the postings. In memory for the live preview, and on disk in <c>_build/cache/search-analysis.bin</c>
/// between runs of <c>generator build</c> (written after a good build, like <c>_build/documents.bin</c>). An entry is
/// used only under the same key (<see cref="Key"/>: the policy's source hashes, its clauses' unit names, the synonyms'
/// long runs, the generator's and the library's code); a missing, damaged or foreign file only means analysing again.
/// Terms are held once, by id, for the whole process.
/// </summary>
internal sealed class AnalysisCache
{
    /// <summary>The file <c>generator build</c> keeps in its cache folder.</summary>
    public const string FileName = "search-analysis.bin";

    private const string Magic = "static-search-analysis/1";

    /// <summary>The process's cache, shared by every build (the preview builds again on every save).</summary>
    public static AnalysisCache Shared { get; } = new();

    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> names = [];
    private readonly ConcurrentDictionary<(string Language, string Policy), Entry> entries = new();

    // What the file last read or written holds (its entries' fingerprint, and the file's size and time then): saving the
    // same entries to the same, untouched file rewrites nothing.
    private (string Path, string Fingerprint, string Stamp)? fileHolds;

    // Saved: where the entry's record lies in the last file read or written, when it came from there.
    private sealed record Entry(string Key, AnalysedClause[] Clauses, Record? Saved = null);

    private int analysed;

    /// <summary>How many policies (per language) this cache has analysed rather than reused.</summary>
    public int Analysed => analysed;

    public int Count => entries.Count;

    /// <summary>The id of a term, the same for the whole process.</summary>
    public int Term(string term)
    {
        if (ids.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (names)
        {
            if (!ids.TryGetValue(term, out id))
            {
                id = names.Count;
                names.Add(term);
                ids[term] = id;
            }

            return id;
        }
    }

    /// <summary>The terms by id (ids handed out so far).</summary>
    public IReadOnlyList<string> Terms
    {
        get
        {
            lock (names)
            {
                return names.ToArray();
            }
        }
    }

    /// <summary>
    /// What a policy's analysis in one language is made from: the policy's own text (its source hashes), its clauses'
    /// unit names (from content/units.yml), and <paramref name="analysisKey"/> (the code and the synonyms' long runs).
    /// </summary>
    public static string Key(string analysisKey, string language, string policyHash, IEnumerable<string> units) =>
        BuildKeys.Of([analysisKey, language, policyHash, .. units]);

    /// <summary>What every policy's analysis depends on: the generator's and the library's code, the long runs looked for.</summary>
    public static string AnalysisKey(IReadOnlyList<string> longRuns) =>
        BuildKeys.Of(["static-analysis-1", CodeVersion.Of(typeof(AnalysisCache)),
            CodeVersion.Of(typeof(Policy.Knowledge.Search.SearchText)), .. longRuns]);

    // A file to read on first use (see LoadOnFirstUse).
    private string? pending;

    /// <summary>
    /// Reads <paramref name="file"/> when the cache is first asked for an entry: a build whose search index is kept
    /// whole never reads it.
    /// </summary>
    public void LoadOnFirstUse(string file) => pending = file;

    /// <summary>
    /// The policy's analysed clauses: from the cache when <paramref name="reuse"/> is set and its key matches, else from
    /// <paramref name="analyse"/> (then kept for the next build).
    /// </summary>
    public AnalysedClause[] Get(string language, string policy, string key, bool reuse, Func<AnalysedClause[]> analyse)
    {
        if (pending is not null)
        {
            lock (entries)
            {
                if (pending is { } file)
                {
                    LoadFrom(file);
                    pending = null;
                }
            }
        }

        if (reuse && entries.TryGetValue((language, policy), out var hit) && hit.Key == key)
        {
            return hit.Clauses;
        }

        Interlocked.Increment(ref analysed);
        var clauses = analyse();
        entries[(language, policy)] = new Entry(key, clauses);
        return clauses;
    }

    /// <summary>Adds the entries saved in <paramref name="file"/>; a missing, damaged or foreign file adds nothing.</summary>
    public int LoadFrom(string file)
    {
        try
        {
            // The term table, then each entry as a length-prefixed record (read on all cores), then a hash of all that:
            // a file damaged in any way is not read. Read from one array, which the entries' records then point into
            // (the next save copies an unchanged entry's record from it).
            var whole = File.ReadAllBytes(file);
            if (whole.Length < 32 || !SHA256.HashData(whole.AsSpan(0, whole.Length - 32)).AsSpan().SequenceEqual(whole.AsSpan(whole.Length - 32)))
            {
                return 0;
            }

            var length = whole.Length - 32;
            var header = new Reader(whole.AsSpan(0, length));
            if (header.String() != Magic || !header.Bytes(16).SequenceEqual(FileVersion()))
            {
                return 0;
            }

            var fileTerms = new string[header.Count(length)];
            for (var t = 0; t < fileTerms.Length; t++)
            {
                fileTerms[t] = header.String();
            }

            var records = new (int Start, int Length)[header.Count(length)];
            for (var r = 0; r < records.Length; r++)
            {
                var size = header.Count(length);
                records[r] = (header.Position, size);
                header.Skip(size);
            }

            if (header.Position != length)
            {
                return 0;
            }

            var map = fileTerms.Select(Term).ToArray();
            var table = new TermTable(fileTerms, map);
            var read = new ((string, string) Name, Entry Entry)[records.Length];
            Parallel.For(0, records.Length, r =>
            {
                var (start, size) = records[r];
                var reader = new Reader(whole.AsSpan(start, size));
                var name = (reader.String(), reader.String());
                var key = reader.String();
                var clauses = new AnalysedClause[reader.Count(size)];
                for (var c = 0; c < clauses.Length; c++)
                {
                    var lengths = new int[3];
                    var fields = new int[3][];
                    for (var f = 0; f < 3; f++)
                    {
                        lengths[f] = reader.Count(int.MaxValue);
                        var pairs = fields[f] = new int[reader.Count(size) * 2];
                        for (var i = 0; i < pairs.Length; i += 2)
                        {
                            pairs[i] = map[reader.Count(map.Length - 1)];
                            pairs[i + 1] = reader.Count(int.MaxValue);
                        }
                    }

                    var runs = new int[reader.Count(size)];
                    for (var i = 0; i < runs.Length; i++)
                    {
                        runs[i] = reader.Count(int.MaxValue);
                    }

                    clauses[c] = new AnalysedClause(lengths, fields, runs);
                }

                if (reader.Position != size)
                {
                    throw new InvalidDataException("analysis cache: record of the wrong length");
                }

                read[r] = (name, new Entry(key, clauses, new Record(table, whole, start, size)));
            });

            // All or nothing: a file cut short adds no half-read entries.
            foreach (var (name, entry) in read)
            {
                entries.TryAdd(name, entry);
            }

            fileTable = table;
            fileHolds = (Path.GetFullPath(file), Fingerprint(read.Select(r => (r.Name, r.Entry.Key))), Stamp(file));
            return read.Length;
        }
        catch (Exception error) when (Policy.Knowledge.Content.DocumentCache.Unreadable(error))
        {
            return 0;
        }
    }

    /// <summary>
    /// The term table of a file read or written: its terms in order, and the process's id of each. An entry's record
    /// numbers terms by their place in the table of the file it came from.
    /// </summary>
    private sealed class TermTable(IReadOnlyList<string> terms, int[] ids)
    {
        public IReadOnlyList<string> Terms { get; } = terms;

        /// <summary>The place of each process term id in the table, or -1 (by id, for the ids handed out so far).</summary>
        public int[] PlaceOf(int termCount)
        {
            var place = new int[termCount];
            Array.Fill(place, -1);
            for (var i = 0; i < ids.Length; i++)
            {
                place[ids[i]] = i;
            }

            return place;
        }
    }

    /// <summary>Where an entry's record lies in the bytes of a file read or written, numbered by that file's terms.</summary>
    private sealed record Record(TermTable Table, byte[] Bytes, int Start, int Length)
    {
        public ReadOnlySpan<byte> Span => Bytes.AsSpan(Start, Length);
    }

    // The term table of the file last read or written: a save keeps it (adding new terms at the end) so that the
    // records of unchanged entries are copied as they are.
    private TermTable? fileTable;

    /// <summary>
    /// Writes the entries of these policies (per language) to <paramref name="file"/>, replacing it whole (never
    /// half-written); false when the file already holds exactly these entries, or was never read because no entry was
    /// asked for (then nothing it holds has changed). An entry whose record was read from (or written to) the last file
    /// is copied from it; the others are written with the same term table, new terms added at its end. When under
    /// <see cref="MinimumTableUse"/> of that table is still used, every record is written anew with only the terms used.
    /// </summary>
    public bool SaveTo(string file, IEnumerable<(string Language, string Policy)> names)
    {
        if (pending is not null && Path.GetFullPath(pending) == Path.GetFullPath(file))
        {
            return false;
        }

        var kept = names.Distinct().Where(entries.ContainsKey).Order().Select(n => (Name: n, Entry: entries[n])).ToList();
        var fingerprint = Fingerprint(kept.Select(k => (k.Name, k.Entry.Key)));
        var full = Path.GetFullPath(file);
        if (fileHolds is { } held && held.Path == full && held.Fingerprint == fingerprint && held.Stamp == Stamp(full) && held.Stamp.Length > 0)
        {
            return false;
        }

        // The terms the entries use, by process id.
        var all = Terms;
        var usedIds = new bool[all.Count];
        foreach (var (_, entry) in kept)
        {
            foreach (var clause in entry.Clauses)
            {
                foreach (var pairs in clause.Fields)
                {
                    for (var i = 0; i < pairs.Length; i += 2)
                    {
                        usedIds[pairs[i]] = true;
                    }
                }
            }
        }

        // The table: the last file's, new terms added at its end, while enough of it is in use; else only the used terms.
        var usedCount = usedIds.Count(u => u);
        var reuse = fileTable is { } last && usedCount >= MinimumTableUse * last.Terms.Count ? last : null;
        var place = reuse?.PlaceOf(all.Count) ?? Enumerable.Repeat(-1, all.Count).ToArray();
        var terms = reuse?.Terms.ToList() ?? [];
        for (var t = 0; t < all.Count; t++)
        {
            if (usedIds[t] && place[t] < 0)
            {
                place[t] = terms.Count;
                terms.Add(all[t]);
            }
        }

        var ids = new int[terms.Count];
        for (var t = 0; t < place.Length; t++)
        {
            if (place[t] >= 0)
            {
                ids[place[t]] = t;
            }
        }

        var records = new byte[kept.Count][];
        Parallel.For(0, kept.Count, k =>
        {
            var ((language, policy), entry) = kept[k];
            if (reuse is not null && entry.Saved is { } saved && ReferenceEquals(saved.Table, reuse))
            {
                return; // copied from the last file below
            }

            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8))
            {
                writer.Write(language);
                writer.Write(policy);
                writer.Write(entry.Key);
                writer.Write7BitEncodedInt(entry.Clauses.Length);
                foreach (var clause in entry.Clauses)
                {
                    for (var f = 0; f < 3; f++)
                    {
                        writer.Write7BitEncodedInt(clause.Lengths[f]);
                        var pairs = clause.Fields[f];
                        writer.Write7BitEncodedInt(pairs.Length / 2);
                        for (var i = 0; i < pairs.Length; i += 2)
                        {
                            writer.Write7BitEncodedInt(place[pairs[i]]);
                            writer.Write7BitEncodedInt(pairs[i + 1]);
                        }
                    }

                    writer.Write7BitEncodedInt(clause.Runs.Length);
                    foreach (var run in clause.Runs)
                    {
                        writer.Write7BitEncodedInt(run);
                    }
                }
            }

            records[k] = buffer.ToArray();
        });

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        // Sized up front (the records, the terms at a guess): growing it by doubling allocated three times the file.
        var body = new MemoryStream(Enumerable.Range(0, kept.Count).Sum(k => records[k]?.Length ?? kept[k].Entry.Saved!.Length) + (terms.Count * 16) + (kept.Count * 5) + 64);
        var places = new (int Start, int Length)[kept.Count];
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FileVersion());
            writer.Write7BitEncodedInt(terms.Count);
            foreach (var term in terms)
            {
                writer.Write(term);
            }

            writer.Write7BitEncodedInt(records.Length);
            for (var k = 0; k < records.Length; k++)
            {
                var record = records[k] is { } written ? written.AsSpan() : kept[k].Entry.Saved!.Span;
                writer.Write7BitEncodedInt(record.Length);
                writer.Flush();
                places[k] = ((int)body.Position, record.Length);
                writer.Write(record);
            }
        }

        var bytes = body.GetBuffer();
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var written = bytes.AsSpan(0, (int)body.Length);
            stream.Write(written);
            stream.Write(SHA256.HashData(written));
        }

        File.Move(temporary, full, overwrite: true);
        fileHolds = (full, fingerprint, Stamp(full));
        RecordsCopied = records.Count(r => r is null);
        // The next save (the preview's, after the next edit) copies the records just written.
        var table = new TermTable(terms, ids);
        fileTable = table;
        for (var k = 0; k < kept.Count; k++)
        {
            entries.TryUpdate(kept[k].Name, kept[k].Entry with { Saved = new Record(table, bytes, places[k].Start, places[k].Length) }, kept[k].Entry);
        }

        return true;
    }

    /// <summary>How many records the last <see cref="SaveTo"/> copied from the last file rather than wrote anew.</summary>
    public int RecordsCopied { get; private set; }

    /// <summary>The share of the last file's term table that must still be in use for a save to keep it (and copy records).</summary>
    public const double MinimumTableUse = 0.75;

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (7-bit encoded counts, length-prefixed UTF-8 strings) from a span.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;

        public int Position { get; private set; }

        /// <summary>A count or id, which must lie in 0..<paramref name="max"/>: a damaged file throws.</summary>
        public int Count(int max)
        {
            uint value = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28 || Position >= bytes.Length)
                {
                    throw new InvalidDataException("analysis cache: bad number");
                }

                var b = bytes[Position++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return value <= (uint)max ? (int)value : throw new InvalidDataException("analysis cache: value out of range");
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            var span = count <= bytes.Length - Position ? bytes.Slice(Position, count) : throw new InvalidDataException("analysis cache: cut short");
            Position += count;
            return span;
        }

        public void Skip(int count) => Bytes(count);

        public string String() => Encoding.UTF8.GetString(Bytes(Count(bytes.Length - Position)));
    }

    private static string Fingerprint(IEnumerable<((string Language, string Policy) Name, string Key)> held) =>
        BuildKeys.Of(held.Select(h => $"{h.Name.Language}\t{h.Name.Policy}\t{h.Key}").Order(StringComparer.Ordinal).ToArray());

    private static string Stamp(string file) => new FileInfo(file) is { Exists: true } info ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";

    /// <summary>The analysis's code: a file written by another build of the generator or library is not read.</summary>
    private static byte[] FileVersion() => SHA256.HashData(Encoding.UTF8.GetBytes(
        CodeVersion.Of(typeof(AnalysisCache)) + "/" + CodeVersion.Of(typeof(Policy.Knowledge.Search.SearchText))))[..16];
}
