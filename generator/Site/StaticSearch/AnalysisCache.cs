using Policy.Knowledge;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

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

    private sealed record Entry(string Key, AnalysedClause[] Clauses);

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
            // a file damaged in any way is not read.
            var whole = File.ReadAllBytes(file);
            if (whole.Length < 32 || !SHA256.HashData(whole.AsSpan(0, whole.Length - 32)).AsSpan().SequenceEqual(whole.AsSpan(whole.Length - 32)))
            {
                return 0;
            }

            var bytes = whole[..^32];
            using var header = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (header.ReadString() != Magic || !header.ReadBytes(16).AsSpan().SequenceEqual(FileVersion()))
            {
                return 0;
            }

            var fileTerms = new string[Count7(header, bytes.Length)];
            for (var t = 0; t < fileTerms.Length; t++)
            {
                fileTerms[t] = header.ReadString();
            }

            var records = new (int Start, int Length)[Count7(header, bytes.Length)];
            for (var r = 0; r < records.Length; r++)
            {
                var length = Count7(header, bytes.Length);
                var start = (int)header.BaseStream.Position;
                if (start + length > bytes.Length)
                {
                    return 0;
                }

                records[r] = (start, length);
                header.BaseStream.Position = start + length;
            }

            if (header.BaseStream.Position != bytes.Length)
            {
                return 0;
            }

            var map = fileTerms.Select(Term).ToArray();
            var read = new ((string, string) Name, Entry Entry)[records.Length];
            Parallel.For(0, records.Length, r =>
            {
                using var reader = new BinaryReader(new MemoryStream(bytes, records[r].Start, records[r].Length, writable: false), Encoding.UTF8);
                var name = (reader.ReadString(), reader.ReadString());
                var key = reader.ReadString();
                var clauses = new AnalysedClause[Count7(reader, records[r].Length)];
                for (var c = 0; c < clauses.Length; c++)
                {
                    var lengths = new int[3];
                    var fields = new int[3][];
                    for (var f = 0; f < 3; f++)
                    {
                        lengths[f] = Count7(reader, int.MaxValue);
                        var pairs = fields[f] = new int[Count7(reader, records[r].Length) * 2];
                        for (var i = 0; i < pairs.Length; i += 2)
                        {
                            pairs[i] = map[Count7(reader, map.Length - 1)];
                            pairs[i + 1] = Count7(reader, int.MaxValue);
                        }
                    }

                    var runs = new int[Count7(reader, records[r].Length)];
                    for (var i = 0; i < runs.Length; i++)
                    {
                        runs[i] = Count7(reader, int.MaxValue);
                    }

                    clauses[c] = new AnalysedClause(lengths, fields, runs);
                }

                if (reader.BaseStream.Position != reader.BaseStream.Length)
                {
                    throw new InvalidDataException("analysis cache: record of the wrong length");
                }

                read[r] = (name, new Entry(key, clauses));
            });

            // All or nothing: a file cut short adds no half-read entries.
            foreach (var (name, entry) in read)
            {
                entries.TryAdd(name, entry);
            }

            fileHolds = (Path.GetFullPath(file), Fingerprint(read.Select(r => (r.Name, r.Entry.Key))), Stamp(file));
            return read.Length;
        }
        catch (Exception error) when (Policy.Knowledge.Content.DocumentCache.Unreadable(error))
        {
            return 0;
        }
    }

    /// <summary>
    /// Writes the entries of these policies (per language) to <paramref name="file"/>, replacing it whole (never
    /// half-written); false when the file already holds exactly these entries, or was never read because no entry was
    /// asked for (then nothing it holds has changed).
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

        // Only the terms these entries use, in the order of their ids.
        var all = Terms;
        var map = new int[all.Count];
        foreach (var (_, entry) in kept)
        {
            foreach (var clause in entry.Clauses)
            {
                foreach (var pairs in clause.Fields)
                {
                    for (var i = 0; i < pairs.Length; i += 2)
                    {
                        map[pairs[i]] = 1;
                    }
                }
            }
        }

        var used = new List<string>();
        for (var t = 0; t < map.Length; t++)
        {
            map[t] = map[t] == 1 ? used.Count : -1;
            if (map[t] >= 0)
            {
                used.Add(all[t]);
            }
        }

        var records = new byte[kept.Count][];
        Parallel.For(0, kept.Count, k =>
        {
            var ((language, policy), entry) = kept[k];
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
                            writer.Write7BitEncodedInt(map[pairs[i]]);
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
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FileVersion());
            writer.Write7BitEncodedInt(used.Count);
            foreach (var term in used)
            {
                writer.Write(term);
            }

            writer.Write7BitEncodedInt(records.Length);
            foreach (var record in records)
            {
                writer.Write7BitEncodedInt(record.Length);
                writer.Write(record);
            }
        }

        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var written = body.GetBuffer().AsSpan(0, (int)body.Length);
            stream.Write(written);
            stream.Write(SHA256.HashData(written));
        }

        File.Move(temporary, full, overwrite: true);
        fileHolds = (full, fingerprint, Stamp(full));
        return true;
    }

    /// <summary>A count or id read from the file, which must lie in 0..<paramref name="max"/>: a damaged file throws.</summary>
    private static int Count7(BinaryReader reader, int max)
    {
        var value = reader.Read7BitEncodedInt();
        return value >= 0 && value <= max ? value : throw new InvalidDataException("analysis cache: value out of range");
    }

    private static string Fingerprint(IEnumerable<((string Language, string Policy) Name, string Key)> held) =>
        BuildKeys.Of(held.Select(h => $"{h.Name.Language}\t{h.Name.Policy}\t{h.Key}").Order(StringComparer.Ordinal).ToArray());

    private static string Stamp(string file) => new FileInfo(file) is { Exists: true } info ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";

    /// <summary>The analysis's code: a file written by another build of the generator or library is not read.</summary>
    private static byte[] FileVersion() => SHA256.HashData(Encoding.UTF8.GetBytes(
        CodeVersion.Of(typeof(AnalysisCache)) + "/" + CodeVersion.Of(typeof(Policy.Knowledge.Search.SearchText))))[..16];
}
