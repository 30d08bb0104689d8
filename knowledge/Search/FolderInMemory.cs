using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Policy.Knowledge.Search;

/// <summary>
/// A built index read whole into memory, one array per file, read-only. Lucene's <see cref="RAMDirectory"/> copies a
/// folder through 1 KB buffers (0.3 s for the 35 MB index of a thousand policies, a sixth of the bot's start) and reads
/// it back through them; memory-mapped files open at once but search about a fifth slower. One array per file opens
/// as fast as the files can be read and searches as fast as either.
/// </summary>
internal sealed class FolderInMemory : BaseDirectory
{
    private readonly Dictionary<string, byte[]> files;

    private FolderInMemory(Dictionary<string, byte[]> files)
    {
        this.files = files;
        SetLockFactory(NoLockFactory.GetNoLockFactory());
    }

    /// <summary>Every file of <paramref name="folder"/> (an index is a flat folder), read on all cores.</summary>
    public static FolderInMemory Read(string folder)
    {
        var names = System.IO.Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToArray();
        var bytes = new byte[names.Length][];
        Parallel.For(0, names.Length, i => bytes[i] = File.ReadAllBytes(Path.Combine(folder, names[i])));
        return new FolderInMemory(names.Zip(bytes).ToDictionary(f => f.First, f => f.Second, StringComparer.Ordinal));
    }

    public override string[] ListAll() => [.. files.Keys];

    [Obsolete("Lucene.Net marks it obsolete; Lucene itself still calls it")]
    public override bool FileExists(string name) => files.ContainsKey(name);

    public override long FileLength(string name) => Bytes(name).Length;

    public override IndexInput OpenInput(string name, IOContext context) => new ArrayInput(name, Bytes(name));

    public override void DeleteFile(string name) => throw ReadOnly();

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void Sync(ICollection<string> names)
    {
    }

    protected override void Dispose(bool disposing) => IsOpen = false;

    private byte[] Bytes(string name) =>
        files.TryGetValue(name, out var bytes) ? bytes : throw new FileNotFoundException($"no file '{name}' in the index read into memory", name);

    private static NotSupportedException ReadOnly() => new("the index read into memory is read-only: indexes are written by generator build");

    /// <summary>One file's bytes; clones (one per searching thread) share them and keep their own position.</summary>
    private sealed class ArrayInput(string name, byte[] bytes) : IndexInput($"FolderInMemory({name})")
    {
        private int position;

        public override long Position => position;

        public override long Length => bytes.Length;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > bytes.Length)
            {
                throw new EndOfStreamException($"seek to {pos} outside '{name}' ({bytes.Length} bytes)");
            }

            position = (int)pos;
        }

        public override byte ReadByte() =>
            position < bytes.Length ? bytes[position++] : throw new EndOfStreamException($"read past the end of '{name}'");

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > bytes.Length - position)
            {
                throw new EndOfStreamException($"read of {len} bytes past the end of '{name}'");
            }

            Buffer.BlockCopy(bytes, position, b, offset, len);
            position += len;
        }

        // The numbers a search reads most (postings, term blocks), straight from the array rather than byte by byte
        // through virtual calls, as Lucene's own buffered inputs do; the same formats as DataInput's.
        public override short ReadInt16() => (short)ReadBigEndian(2);

        public override int ReadInt32() => (int)ReadBigEndian(4);

        public override long ReadInt64() => ReadBigEndian(8);

        public override int ReadVInt32()
        {
            var (value, shift) = (0, 0);
            for (var count = 0; count < 5; count++)
            {
                int b = ReadByte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return count < 4 || b <= 0x0F ? value : throw new IOException($"invalid vInt in '{name}' (too many bits)");
                }

                shift += 7;
            }

            throw new IOException($"invalid vInt in '{name}' (too many bytes)");
        }

        public override long ReadVInt64()
        {
            var (value, shift) = (0L, 0);
            for (var count = 0; count < 9; count++)
            {
                long b = ReadByte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }

                shift += 7;
            }

            throw new IOException($"invalid vLong in '{name}' (too many bytes)");
        }

        private long ReadBigEndian(int size)
        {
            if (size > bytes.Length - position)
            {
                throw new EndOfStreamException($"read of {size} bytes past the end of '{name}'");
            }

            var value = 0L;
            for (var end = position + size; position < end; position++)
            {
                value = (value << 8) | bytes[position];
            }

            return value;
        }

        public override void SkipBytes(long numBytes) =>
            Seek(numBytes >= 0 ? position + numBytes : throw new ArgumentOutOfRangeException(nameof(numBytes), "cannot skip backwards"));

        protected override void Dispose(bool disposing)
        {
        }
    }
}
