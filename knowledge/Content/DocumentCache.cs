using Microsoft.Win32.SafeHandles;
using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Content;

/// <summary>
/// Parsed policy files, reused while a file's text is unchanged: in memory for the live preview (a save re-parses only
/// the saved file), and on disk in <c>_build/documents.bin</c> between runs, written by <c>generator build</c> after a
/// good build and read by the next build and by the bot at start-up, so that neither parses a thousand unchanged files
/// again. An entry is used only for the same file (as displayed), language and text (its
/// <see cref="PolicyDocument.SourceHash"/>, computed once per file and read), and the file only when it
/// was written by a build of the library from the same code (<see cref="CodeVersion"/>): a parser change can never serve stale results.
/// It keeps each policy's <see cref="PolicyChecks"/> the same way (its rules and the messages of its own checks), under
/// a key of everything those read (<see cref="PolicyChecks.KeyOf"/>), in the same file.
/// </summary>
public sealed class DocumentCache
{
    /// <summary>Where <c>generator build</c> keeps the parsed documents, relative to the folder that holds content/.</summary>
    public const string BuiltFile = "_build/documents.bin";

    private const string Magic = "policy-documents/6";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, string Language), Entry> entries = new();

    /// <summary>The process's cache, shared by every content load (build, preview, bot).</summary>
    public static DocumentCache Shared { get; } = new();

    // Saved: where the entry's record stands in the file it was read from (the file by full path and size:time then),
    // so that saving it again copies those bytes instead of writing the document field by field once more.
    private sealed record Entry(string Hash, PolicyDocument? Document, Diagnostic[] Diagnostics, Stored? Saved = null);

    private sealed record Stored(string File, string FileStamp, long Start, int Length);

    // Each policy's checks (by its zh.md as displayed): the key they were worked out for, their bytes (what is saved),
    // and once in use the checks themselves with the fact schema their rules are linked to (reused for that schema only).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Key, byte[] Bytes, PolicyChecks? Live, Rules.FactSchema? Facts)> checks = new(StringComparer.Ordinal);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SharedFiles> sharedFiles = new(StringComparer.Ordinal);

    /// <summary>The shared files of the content in <paramref name="root"/>: the last ones loaded while their key is unchanged, else <paramref name="load"/>'s.</summary>
    internal SharedFiles SharedFilesOf(string root, string key, Func<SharedFiles> load)
    {
        if (sharedFiles.TryGetValue(root, out var hit) && hit.Key == key)
        {
            return hit;
        }

        var loaded = load();
        sharedFiles[root] = loaded;
        return loaded;
    }

    // What each file read or written by this cache holds (full path → its entries' fingerprint, and the file's size and
    // time then): saving the same entries to the same, untouched file rewrites nothing.
    // The fingerprint of a file read is worked out when a save compares it (on the thread that stages the save).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Lazy<string> Fingerprint, string File)> filesHold = new(StringComparer.Ordinal);

    private static string Stamp(string file) => new FileInfo(file) is { Exists: true } info ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";

    private static string Fingerprint(IEnumerable<((string Path, string Language) Key, string Hash)> held, IEnumerable<(string Path, string Key)> policyChecks) =>
        DocumentParser.SourceHashOf(string.Join("\n", held.Select(h => $"{h.Key.Path}\t{h.Key.Language}\t{h.Hash}")
            .Concat(policyChecks.Select(c => $"{c.Path}\tchecks\t{c.Key}")).Order(StringComparer.Ordinal)));

    public int Count => entries.Count;

    /// <summary>How many files this cache has parsed rather than reused.</summary>
    public int Parses => parses;

    private int parses;

    /// <summary>How many records the last <see cref="SaveTo"/> copied from the file they were read from rather than wrote anew.</summary>
    public int RecordsCopied { get; private set; }

    /// <summary>How many files <see cref="ParseFile"/> has read rather than known unchanged by their size and time.</summary>
    public int FileReads => fileReads;

    private int fileReads;

    /// <summary>How many policies this cache has read and checked (<see cref="PolicyChecks.Run"/>) rather than reused.</summary>
    public int Checks => checkRuns;

    private int checkRuns;

    /// <summary>
    /// The policy's rules and own checks: reused when the last ones were worked out from the same inputs
    /// (<paramref name="shared"/> from <see cref="PolicyChecks.SharedInputs"/>), else worked out and kept.
    /// </summary>
    internal PolicyChecks Check(BilingualPolicy policy, string shared, Rules.FactSchema facts, UnitDirectory units)
    {
        var key = PolicyChecks.KeyOf(policy, shared);
        var path = policy.Chinese.DisplayPath;
        if (checks.TryGetValue(path, out var hit) && hit.Key == key)
        {
            if (hit.Live is not null && ReferenceEquals(hit.Facts, facts))
            {
                return hit.Live;
            }

            if (PolicyChecks.FromBytes(hit.Bytes, facts) is { } reused)
            {
                checks[path] = (key, hit.Bytes, reused, facts);
                return reused;
            }
        }

        Interlocked.Increment(ref checkRuns);
        var result = PolicyChecks.Run(policy, facts, units);
        checks[path] = (key, result.ToBytes(), result, facts);
        return result;
    }

    /// <summary>Like <see cref="DocumentParser.Parse"/>, reusing the previous result for the same file when its text is unchanged.</summary>
    public PolicyDocument? Parse(string text, string language, string displayPath, DiagnosticBag diagnostics)
    {
        var key = (displayPath, language);
        var hash = DocumentParser.SourceHashOf(text);
        if (entries.TryGetValue(key, out var hit) && hit.Hash == hash)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Document;
        }

        var own = new DiagnosticBag();
        Interlocked.Increment(ref parses);
        var document = DocumentParser.Parse(text, language, displayPath, own, hash);
        entries[key] = new Entry(hash, document, own.Items.ToArray());
        diagnostics.AddRange(own.Items);
        return document;
    }

    /// <summary>
    /// Like <see cref="Parse"/> on the text of <paramref name="path"/>; the file is not even read again when this cache
    /// has read it before at the same size and modification time, unless that time was too close to the reading to tell
    /// two writes apart (the "racily clean" rule of git): a file written after it was read always has a later time.
    /// The sizes and times are saved with the entries, as git's index keeps them, so the next run (the bot's start, the
    /// next build) does not read a thousand unchanged files either; a file copied elsewhere, or touched, is read again.
    /// </summary>
    public PolicyDocument? ParseFile(string path, string language, string displayPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc.Ticks);
        if (stamps.TryGetValue(path, out var seen) && seen.Stamp == stamp
            && entries.TryGetValue((displayPath, language), out var hit) && hit.Hash == seen.Hash)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Document;
        }

        var readAt = DateTime.UtcNow;
        Interlocked.Increment(ref fileReads);
        var document = ReuseOrParse(File.ReadAllBytes(path), language, displayPath, diagnostics);
        if (readAt - info.LastWriteTimeUtc > RacyWindow && entries.TryGetValue((displayPath, language), out var parsed))
        {
            stamps[path] = (stamp, parsed.Hash);
        }
        else
        {
            stamps.TryRemove(path, out _);
        }

        return document;
    }

    /// <summary>
    /// <see cref="Parse"/> of a file's bytes, decoded as <see cref="File.ReadAllText(string)"/> decodes them. An unchanged
    /// file is recognised without decoding it: without a UTF-8 byte order mark, bytes whose SHA-256 is an entry's
    /// <see cref="PolicyDocument.SourceHash"/> (the hash of the text's UTF-8) are exactly that text's UTF-8 (a third of
    /// the bot's start at a thousand policies was decoding files only to find them unchanged).
    /// </summary>
    private PolicyDocument? ReuseOrParse(byte[] bytes, string language, string displayPath, DiagnosticBag diagnostics)
    {
        if (!bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) && entries.TryGetValue((displayPath, language), out var hit)
            && hit.Hash == DocumentParser.SourceHashOfUtf8(bytes))
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Document;
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader.ReadToEnd(), language, displayPath, diagnostics);
    }

    // Wider than any file system's time step (FAT's is 2 s) and than a save in progress.
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(3);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ((long Length, long Ticks) Stamp, string Hash)> stamps = new(StringComparer.Ordinal);

    /// <summary>Adds the entries saved in <paramref name="file"/>; a missing, damaged or outdated file adds nothing (the files are simply parsed).</summary>
    /// <param name="sectionsOnDemand">
    /// Read each document's sections only when first asked for (a rebuild, which needs few of them), keeping the file open
    /// for as long as this cache lives; otherwise every section now (the bot's start needs them all).
    /// </param>
    public int LoadFrom(string file, bool sectionsOnDemand = false)
    {
        SafeFileHandle? kept = null;
        try
        {
            // Each entry is a length-prefixed record: their places are found first, then the records are read and decoded
            // on all cores, each into a buffer its thread reuses. Reading the whole file into one new array cost more
            // than decoding it (fresh memory is slow to touch: 0.24 s for 84 MB, against 4 ms into a reused buffer).
            using var handle = File.OpenHandle(file);
            // The sections on demand read from a handle of their own (the header's stream closes the one above), opened so
            // that the next save can still replace the file while it is open: they read the file as it was.
            var onDemand = kept = sectionsOnDemand ? File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete) : null;
            var length = RandomAccess.GetLength(handle);
            var (full, stamp) = (Path.GetFullPath(file), Stamp(file));
            using var header = new BinaryReader(new FileStream(handle, FileAccess.Read, 4096));
            if (header.ReadString() != Magic || !header.ReadBytes(16).AsSpan().SequenceEqual(LibraryVersion()))
            {
                return 0;
            }

            var records = new List<(long Start, int Length)>();
            for (var count = header.ReadInt32(); count > 0; count--)
            {
                var size = header.ReadInt32();
                var start = header.BaseStream.Position;
                if (size < 0 || start + size > length)
                {
                    return 0;
                }

                records.Add((start, size));
                header.BaseStream.Position = start + size;
            }

            // Then each policy's checks: its path, key and bytes (read when used).
            var checkRecords = new (string Path, string Key, byte[] Bytes)[header.ReadInt32()];
            for (var i = 0; i < checkRecords.Length; i++)
            {
                var (path, key, size) = (header.ReadString(), header.ReadString(), header.ReadInt32());
                checkRecords[i] = (path, key, header.ReadBytes(size));
                if (checkRecords[i].Bytes.Length != size)
                {
                    return 0;
                }
            }

            // Then the files' sizes and times.
            var savedStamps = new (string Path, ((long, long) Stamp, string Hash) Held)[header.ReadInt32()];
            for (var i = 0; i < savedStamps.Length; i++)
            {
                savedStamps[i] = (header.ReadString(), ((header.ReadInt64(), header.ReadInt64()), header.ReadString()));
            }

            if (header.BaseStream.Position != length)
            {
                return 0;
            }

            var read = new ((string, string) Key, Entry Entry)[records.Count];
            Parallel.For(0, records.Count, () => Array.Empty<byte>(), (i, _, buffer) =>
            {
                var (start, size) = records[i];
                if (buffer.Length < size)
                {
                    buffer = new byte[Math.Max(size, 1 << 16)];
                }

                if (RandomAccess.Read(handle, buffer.AsSpan(0, size), start) != size)
                {
                    throw new EndOfStreamException($"'{file}' changed while it was read");
                }

                using var reader = new SnapshotReader(buffer, 0, size);
                var key = (reader.ReadString(), reader.ReadString());
                var hash = reader.ReadString();
                var document = reader.ReadBoolean() ? DocumentSnapshot.Read(reader, onDemand is null ? null : (offset, length) => ReadAt(onDemand, start + offset, length)) : null;
                var diagnostics = new Diagnostic[reader.ReadInt32()];
                for (var d = 0; d < diagnostics.Length; d++)
                {
                    diagnostics[d] = DocumentSnapshot.ReadDiagnostic(reader);
                }

                read[i] = (key, new Entry(hash, document, diagnostics, new Stored(full, stamp, start, size)));
                return buffer;
            }, _ => { });

            // All or nothing: a file cut short adds no half-read entries.
            foreach (var (key, entry) in read)
            {
                entries.TryAdd(key, entry);
            }

            foreach (var (path, key, held) in checkRecords)
            {
                checks.TryAdd(path, (key, held, null, null));
            }

            foreach (var (path, held) in savedStamps)
            {
                stamps.TryAdd(path, held);
            }

            if (onDemand is not null)
            {
                openFiles.Add(onDemand);
                kept = null;
            }

            filesHold[full] = (new Lazy<string>(() => Fingerprint(read.Select(r => (r.Key, r.Entry.Hash)), checkRecords.Select(c => (c.Path, c.Key)))), stamp);

            return read.Length;
        }
        catch (Exception error) when (Unreadable(error))
        {
            return 0;
        }
        finally
        {
            kept?.Dispose();
        }
    }

    /// <summary>How many documents' sections have been read on demand (<see cref="LoadFrom"/>), in this process.</summary>
    public static int SectionsReadOnDemand => SectionsOnDemand.Reads;

    // The files whose documents' sections are read on demand, open for as long as this cache lives.
    private readonly System.Collections.Concurrent.ConcurrentBag<SafeFileHandle> openFiles = [];

    private static byte[] ReadAt(SafeFileHandle handle, long offset, int length)
    {
        var bytes = new byte[length];
        if (RandomAccess.Read(handle, bytes, offset) != length)
        {
            throw new EndOfStreamException("documents.bin was cut short after it was read");
        }

        return bytes;
    }

    /// <summary>Whether reading a cache file failed because the file is missing, damaged, cut short or locked (then the cache is skipped).</summary>
    public static bool Unreadable(Exception error) => error switch
    {
        AggregateException all => all.InnerExceptions.All(Unreadable),
        _ => error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or InvalidDataException,
    };

    /// <summary>
    /// Writes the entries of these documents' files to <paramref name="file"/>, replacing it whole (never half-written);
    /// false when the file already holds exactly these entries (a build that changed nothing rewrites nothing).
    /// </summary>
    public bool SaveTo(string file, IEnumerable<PolicyDocument> documents)
    {
        using var staged = StageSave(file, documents);
        return staged?.Publish() ?? false;
    }

    /// <summary>
    /// The first half of <see cref="SaveTo"/>: writes the entries beside <paramref name="file"/>, which changes only when
    /// the result is published (<c>generator build</c> writes it while the site renders, and publishes it if the build
    /// succeeds); disposing of an unpublished result deletes what was written. Null when the file already holds exactly
    /// these entries.
    /// </summary>
    public StagedSave? StageSave(string file, IEnumerable<PolicyDocument> documents)
    {
        var list = documents.ToList();
        var keys = list.Select(d => (d.DisplayPath, d.Language)).Distinct().Where(entries.ContainsKey).Order().ToList();
        var checkKeys = list.Where(d => d.Language == Languages.Chinese).Select(d => d.DisplayPath).Distinct()
            .Where(checks.ContainsKey).Order(StringComparer.Ordinal).Select(p => (Path: p, Held: (checks[p].Key, checks[p].Bytes))).ToList();
        var current = keys.Select(k => entries[k]).ToList();
        var fingerprint = Fingerprint(keys.Zip(current, (k, e) => (k, e.Hash)), checkKeys.Select(c => (c.Path, c.Held.Key)));
        var full = Path.GetFullPath(file);
        if (filesHold.TryGetValue(full, out var held) && held.Fingerprint.Value == fingerprint && held.File == Stamp(full) && held.File.Length > 0)
        {
            return null;
        }

        // A record read from a file that is still as it was read is copied from that file, not written field by field
        // again (at a thousand policies, writing every document again was a tenth of a rebuild after one edit).
        var sources = current.Select(e => e.Saved).OfType<Stored>().Select(s => (s.File, s.FileStamp)).Distinct()
            .Select(s => (Source: s, Handle: OpenUnchanged(s.File, s.FileStamp))).Where(s => s.Handle is not null)
            .ToDictionary(s => s.Source, s => s.Handle!);
        var records = new byte[keys.Count][];
        Parallel.For(0, keys.Count, i =>
        {
            var entry = current[i];
            if (entry.Saved is { } saved && sources.ContainsKey((saved.File, saved.FileStamp)))
            {
                return; // copied below
            }

            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer))
            {
                writer.Write(keys[i].DisplayPath);
                writer.Write(keys[i].Language);
                writer.Write(entry.Hash);
                writer.Write(entry.Document is not null);
                if (entry.Document is not null)
                {
                    DocumentSnapshot.Write(writer, entry.Document);
                }

                writer.Write(entry.Diagnostics.Length);
                foreach (var diagnostic in entry.Diagnostics)
                {
                    DocumentSnapshot.WriteDiagnostic(writer, diagnostic);
                }
            }

            records[i] = buffer.ToArray();
        });

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        var places = new (long Start, int Length)[records.Length];
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(LibraryVersion());
                writer.Write(records.Length);
                var copying = new byte[1 << 16];
                for (var i = 0; i < records.Length; i++)
                {
                    if (records[i] is { } record)
                    {
                        writer.Write(record.Length);
                        places[i] = (stream.Position, record.Length);
                        writer.Write(record);
                        continue;
                    }

                    var saved = current[i].Saved!;
                    writer.Write(saved.Length);
                    places[i] = (stream.Position, saved.Length);
                    for (var done = 0; done < saved.Length;)
                    {
                        var read = RandomAccess.Read(sources[(saved.File, saved.FileStamp)], copying.AsSpan(0, Math.Min(copying.Length, saved.Length - done)), saved.Start + done);
                        if (read <= 0)
                        {
                            throw new IOException($"'{saved.File}' was cut short while it was copied");
                        }

                        stream.Write(copying, 0, read);
                        done += read;
                    }
                }

                writer.Write(checkKeys.Count);
                foreach (var (path, (key, bytes)) in checkKeys)
                {
                    writer.Write(path);
                    writer.Write(key);
                    writer.Write(bytes.Length);
                    writer.Write(bytes);
                }

                // Then the files' sizes and times, for the saved entries only.
                var savedHashes = current.Select(e => e.Hash).ToHashSet(StringComparer.Ordinal);
                var kept = stamps.Where(s => savedHashes.Contains(s.Value.Hash)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
                writer.Write(kept.Count);
                foreach (var (path, ((length, ticks), hash)) in kept)
                {
                    writer.Write(path);
                    writer.Write(length);
                    writer.Write(ticks);
                    writer.Write(hash);
                }
            }

        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            foreach (var handle in sources.Values)
            {
                handle.Dispose(); // before the file is replaced (a file held open cannot be replaced on Windows)
            }
        }

        var copied = records.Count(r => r is null);
        return new StagedSave(temporary, full, () =>
        {
            RecordsCopied = copied;
            var written = Stamp(full);
            filesHold[full] = (new Lazy<string>(fingerprint), written);
            // The next save (the preview's, after the next edit) copies from the file just written.
            for (var i = 0; i < keys.Count; i++)
            {
                entries.TryUpdate(keys[i], current[i] with { Saved = new Stored(full, written, places[i].Start, places[i].Length) }, current[i]);
            }
        });
    }

    /// <summary>Entries written beside the cache file by <see cref="StageSave"/>, not yet in its place.</summary>
    /// <param name="published">What the cache records once the file is in place.</param>
    public sealed class StagedSave(string temporary, string file, Action published) : IDisposable
    {
        private bool done;

        /// <summary>Puts the written entries in place of the cache file, whole; true (the file was written).</summary>
        public bool Publish()
        {
            File.Move(temporary, file, overwrite: true);
            done = true;
            published();
            return true;
        }

        public void Dispose()
        {
            if (!done)
            {
                File.Delete(temporary);
            }
        }
    }

    // The file as it was when its records' places were taken, or null (changed, replaced, unreadable: write them anew).
    private static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenUnchanged(string file, string stamp)
    {
        try
        {
            var handle = File.OpenHandle(file);
            if (Stamp(file) == stamp)
            {
                return handle;
            }

            handle.Dispose();
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The library's code (<see cref="CodeVersion"/>): the parser's code is part of every entry's key.</summary>
    private static byte[] LibraryVersion() => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CodeVersion.Of(typeof(DocumentCache))))[..16];
}
