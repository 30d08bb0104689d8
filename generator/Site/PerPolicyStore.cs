using System.Collections.Concurrent;
using System.Text.Json;

namespace Policy.Generator.Site;

/// <summary>
/// Values the site derives from one policy at a time and that a later build can reuse, each under the key of what it
/// was made from: the hash of a policy's search entries, its rules as the checker's data holds them, the hash of its
/// card in the lists. In memory for the live preview, and in <c>_build/cache/policies/</c> between runs of
/// <c>generator build</c> (one file per kind of value, read when that kind is first asked for), so that a rebuild after
/// one policy changed derives them for that policy only instead of for a thousand (docs/benchmarks.md). A value is used
/// only under the same key; a missing, damaged or foreign file only means deriving again.
/// </summary>
internal sealed class PerPolicyStore
{
    /// <summary>The folder <c>generator build</c> keeps in its cache folder.</summary>
    public const string FolderName = "policies";

    private const int Format = 1;

    /// <summary>The process's store, shared by every build (the preview builds again on every save).</summary>
    public static PerPolicyStore Shared { get; } = new();

    // A value is held as made, or as read from the file until first asked for (then converted once).
    private sealed class Entry(string key, object? value, JsonElement stored)
    {
        public string Key { get; } = key;

        public object? Value { get; set; } = value;

        public JsonElement Stored { get; } = stored;
    }

    // One kind of value: each policy's, whether its file was read, and whether it changed since.
    private sealed class Kind
    {
        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);

        public string? Pending { get; set; }

        public int Made;
    }

    private readonly ConcurrentDictionary<string, Kind> kinds = new(StringComparer.Ordinal);

    // The folder each kind's file is read from when the kind is first asked for (see LoadOnFirstUse).
    private string? folder;

    private int made;

    /// <summary>How many values this store has derived rather than reused.</summary>
    public int Made => made;

    /// <summary>Reads each kind's file in <paramref name="folder"/> when that kind is first asked for.</summary>
    public void LoadOnFirstUse(string folder)
    {
        this.folder = folder;
        foreach (var kind in kinds)
        {
            kind.Value.Pending = FileOf(folder, kind.Key);
        }
    }

    /// <summary>
    /// The value of <paramref name="what"/> for a policy: the one kept under <paramref name="key"/>, else
    /// <paramref name="make"/>'s (then kept). Safe to call from several threads.
    /// </summary>
    public T Get<T>(string policy, string what, string key, Func<T> make)
    {
        var kind = KindOf(what);
        if (kind.Entries.TryGetValue(policy, out var hit) && hit.Key == key)
        {
            if (hit.Value is T value)
            {
                return value;
            }

            try
            {
                if (hit.Stored.Deserialize<T>() is { } read)
                {
                    hit.Value = read;
                    return read;
                }
            }
            catch (JsonException)
            {
                // Not what this version of the generator stores under that name: made again below.
            }
        }

        var made = make();
        kind.Entries[policy] = new Entry(key, made, default);
        Interlocked.Increment(ref kind.Made);
        Interlocked.Increment(ref this.made);
        return made;
    }

    private Kind KindOf(string what)
    {
        var kind = kinds.GetOrAdd(what, name => new Kind { Pending = folder is null ? null : FileOf(folder, name) });
        if (kind.Pending is not null)
        {
            lock (kind)
            {
                if (kind.Pending is { } file)
                {
                    Read(kind, file);
                    kind.Pending = null;
                }
            }
        }

        return kind;
    }

    private static string FileOf(string folder, string what) => Path.Combine(folder, what + ".json");

    /// <summary>Adds the values saved in <paramref name="file"/>; a missing, damaged or foreign file adds nothing.</summary>
    private static void Read(Kind kind, string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return;
            }

            var root = JsonSerializer.Deserialize<JsonElement>(File.ReadAllBytes(file));
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number
                || format.GetInt32() != Format || !root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var value in values.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 3 && value[0].GetString() is { } policy && value[1].GetString() is { } key)
                {
                    kind.Entries.TryAdd(policy, new Entry(key, null, value[2]));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            // Derived again.
        }
    }

    /// <summary>
    /// Writes the values of these policies to <paramref name="folder"/>, each kind's file replaced whole (never
    /// half-written), and lets go of every other policy's. A kind's file is written only when a value was derived or let
    /// go of since it was read; returns how many were written.
    /// </summary>
    public int SaveTo(string folder, IReadOnlyCollection<string> policies)
    {
        var keep = policies.ToHashSet(StringComparer.Ordinal);
        var written = 0;
        Directory.CreateDirectory(folder);
        foreach (var (what, kind) in kinds)
        {
            var file = FileOf(folder, what);
            if (kind.Pending is not null)
            {
                // Never read, so never asked for: what the file holds has not changed.
                continue;
            }

            var gone = kind.Entries.Keys.Where(policy => !keep.Contains(policy)).ToList();
            foreach (var policy in gone)
            {
                kind.Entries.TryRemove(policy, out _);
            }

            // Unchanged since read from this very folder: the file already holds these values.
            if (Interlocked.Exchange(ref kind.Made, 0) == 0 && gone.Count == 0 && File.Exists(file) && this.folder is { } read && Path.GetFullPath(folder) == Path.GetFullPath(read))
            {
                continue;
            }

            Write(kind, file);
            written++;
        }

        return written;
    }

    private static void Write(Kind kind, string file)
    {
        var temporary = file + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", Format);
            writer.WriteStartArray("values");
            // A snapshot: the site's record is made meanwhile on another thread and may still derive a value (enumerating the
            // dictionary itself through LINQ copies it by its count, which another thread's addition makes wrong).
            foreach (var (policy, entry) in kind.Entries.ToArray().OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray();
                writer.WriteStringValue(policy);
                writer.WriteStringValue(entry.Key);
                if (entry.Value is { } value)
                {
                    JsonSerializer.Serialize(writer, value, value.GetType());
                }
                else
                {
                    entry.Stored.WriteTo(writer);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        File.Move(temporary, file, overwrite: true);
    }
}
