using System.Security.Cryptography;
using System.Text;

namespace Policy.Generator.Site.StaticSearch;

/// <summary>A policy's place in a language's index: its id, the hash of its clauses as indexed and shown, how many clauses.</summary>
internal sealed record PolicyPlace(string Id, string Hash, int Clauses);

/// <summary>
/// A language's static index as the last good build left it, for the next build to update rather than make again
/// (<see cref="ChunkedIndex"/>): what its files depend on beside the policies (<see cref="Key"/>), the policies in order,
/// the inverted index, what the files hold, and the hash of its entry file (the update is made only against the very
/// files it describes). Held by the build's output (<see cref="SiteOutput.IndexStates"/>): in memory for the live preview,
/// and on disk in <c>_build/cache/search-state-{lang}.bin</c> between runs of <c>generator build</c>; a missing, damaged
/// or foreign file only means a build from the analyses.
/// </summary>
internal sealed record IndexState(string Key, PolicyPlace[] Policies, InvertedIndex Index, IndexFiles Files, string EntryHash)
{
    private const string Magic = "static-search-state/2";

    /// <summary>How many policies' clauses this state was updated for (none when made from every policy's analysis).</summary>
    public int Updated { get; init; }

    public static string FileName(string language) => $"search-state-{language}.bin";

    /// <summary>The hash an entry file is known by here.</summary>
    public static string HashOf(byte[] entry) => Convert.ToHexStringLower(SHA256.HashData(entry));

    /// <summary>Writes the states a build made to <paramref name="folder"/> (each written aside, then moved in place).</summary>
    public static void Save(string folder, IReadOnlyDictionary<string, IndexState> states)
    {
        Directory.CreateDirectory(folder);
        foreach (var (language, state) in states)
        {
            var file = Path.Combine(folder, FileName(language));
            var part = $"{file}.{Environment.ProcessId}.part";
            using (var stream = File.Create(part))
            {
                state.WriteTo(stream);
            }

            File.Move(part, file, overwrite: true);
        }
    }

    private void WriteTo(Stream stream)
    {
        using var writer = new StateWriter(stream);
        writer.Write(Magic);
        writer.Write(Key);
        writer.Write(EntryHash);
        writer.Write7BitEncodedInt(Policies.Length);
        foreach (var policy in Policies)
        {
            writer.Write(policy.Id);
            writer.Write(policy.Hash);
            writer.Write7BitEncodedInt(policy.Clauses);
        }

        Index.WriteTo(writer);
        writer.Write7BitEncodedInt(Files.Keys.Length);
        for (var k = 0; k < Files.Keys.Length; k++)
        {
            writer.Write(Files.Keys[k]);
            writer.Write7BitEncodedInt(Files.Sizes[k]);
            writer.Write7BitEncodedInt(Files.ChunkOf[k]);
        }

        writer.Write7BitEncodedInt(Files.ChunkBlocks.Length);
        foreach (var (hash, count) in Files.ChunkBlocks)
        {
            writer.Write(hash);
            writer.Write7BitEncodedInt(count);
        }

        writer.Write7BitEncodedInt(Files.FragmentBlocks.Length);
        foreach (var hash in Files.FragmentBlocks)
        {
            writer.Write(hash);
        }

        writer.EndWithHash();
    }

    /// <summary>The state in <paramref name="file"/>, or null when it is missing, damaged or of another version.</summary>
    public static IndexState? Read(string file)
    {
        try
        {
            var whole = File.ReadAllBytes(file);
            if (whole.Length < 32 || !SHA256.HashData(whole.AsSpan(0, whole.Length - 32)).AsSpan().SequenceEqual(whole.AsSpan(whole.Length - 32)))
            {
                return null;
            }

            var reader = new StateReader(whole, whole.Length - 32);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var key = reader.ReadString();
            var entryHash = reader.ReadString();
            var policies = new PolicyPlace[reader.Read7BitEncodedInt()];
            for (var p = 0; p < policies.Length; p++)
            {
                policies[p] = new PolicyPlace(reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt());
            }

            var index = InvertedIndex.ReadFrom(reader);
            var keyCount = reader.Read7BitEncodedInt();
            var (keys, sizes, chunkOf) = (new string[keyCount], new int[keyCount], new int[keyCount]);
            for (var k = 0; k < keyCount; k++)
            {
                (keys[k], sizes[k], chunkOf[k]) = (reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            }

            var blocks = new (string, int)[reader.Read7BitEncodedInt()];
            for (var b = 0; b < blocks.Length; b++)
            {
                blocks[b] = (reader.ReadString(), reader.Read7BitEncodedInt());
            }

            var fragments = new string[reader.Read7BitEncodedInt()];
            for (var b = 0; b < fragments.Length; b++)
            {
                fragments[b] = reader.ReadString();
            }

            var chunks = blocks.Sum(b => b.Item2);
            if (!reader.AtEnd || chunkOf.Any(c => c < 0 || c >= chunks) || policies.Sum(p => p.Clauses) != index.ClauseCount)
            {
                return null;
            }

            return new IndexState(key, policies, index, new IndexFiles(keys, sizes, chunkOf, blocks, fragments), entryHash);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Reads what a <see cref="BinaryWriter"/> wrote (7-bit encoded numbers, length-prefixed UTF-8 strings), straight from the bytes.</summary>
    internal sealed class StateReader(byte[] bytes, int length)
    {
        private int at;

        public bool AtEnd => at == length;

        public int Read7BitEncodedInt()
        {
            var (result, shift) = (0u, 0);
            while (true)
            {
                var b = at < length ? bytes[at++] : throw new EndOfStreamException();
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)result;
                }

                shift += 7;
                if (shift > 28)
                {
                    throw new InvalidDataException("a number too long");
                }
            }
        }

        public string ReadString()
        {
            var count = Read7BitEncodedInt();
            if (count < 0 || count > length - at)
            {
                throw new EndOfStreamException();
            }

            var text = Encoding.UTF8.GetString(bytes, at, count);
            at += count;
            return text;
        }
    }

    /// <summary>
    /// Writes what <see cref="StateReader"/> reads, as a <see cref="BinaryWriter"/> would (7-bit encoded numbers,
    /// length-prefixed UTF-8 strings), through a buffer of its own that is hashed as it is written out: a state at a
    /// thousand policies is millions of numbers, and a byte at a time through a writer and a stream took 110-140 ms of
    /// each rebuild (docs/benchmarks.md).
    /// </summary>
    internal sealed class StateWriter(Stream stream) : IDisposable
    {
        private const int BufferSize = 1 << 20;

        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] buffer = new byte[BufferSize];
        private int at;

        public void Write7BitEncodedInt(int value)
        {
            Room(5);
            var rest = (uint)value;
            while (rest >= 0x80)
            {
                buffer[at++] = (byte)(rest | 0x80);
                rest >>= 7;
            }

            buffer[at++] = (byte)rest;
        }

        public void Write(string text)
        {
            var count = Encoding.UTF8.GetByteCount(text);
            Write7BitEncodedInt(count);
            if (count > BufferSize)
            {
                Flush();
                var bytes = Encoding.UTF8.GetBytes(text);
                hash.AppendData(bytes);
                stream.Write(bytes);
                return;
            }

            Room(count);
            at += Encoding.UTF8.GetBytes(text, buffer.AsSpan(at));
        }

        /// <summary>Writes out what is buffered, then the hash of everything written (the file's last 32 bytes).</summary>
        public void EndWithHash()
        {
            Flush();
            stream.Write(hash.GetHashAndReset());
        }

        public void Dispose() => hash.Dispose();

        private void Room(int bytes)
        {
            if (at + bytes > BufferSize)
            {
                Flush();
            }
        }

        private void Flush()
        {
            hash.AppendData(buffer, 0, at);
            stream.Write(buffer, 0, at);
            at = 0;
        }
    }
}
