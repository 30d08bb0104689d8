using System.Text;

namespace Policy.Knowledge.Content;

/// <summary>
/// A <see cref="BinaryReader"/> over bytes already in memory that decodes each string in one call from those bytes.
/// <see cref="BinaryReader.ReadString"/> decodes through a 128-byte buffer and a <see cref="StringBuilder"/>, which was
/// half of reading <c>_build/documents.bin</c> (the bot's start at a thousand policies). Reads exactly what
/// <see cref="BinaryWriter"/> writes, with the same result for any bytes (invalid UTF-8 becomes U+FFFD either way).
/// </summary>
internal sealed class SnapshotReader : BinaryReader
{
    private readonly byte[] bytes;
    private readonly int start;
    private readonly int end;

    public SnapshotReader(byte[] bytes, int start, int length)
        : base(new MemoryStream(bytes, start, length, writable: false), Encoding.UTF8)
    {
        (this.bytes, this.start, end) = (bytes, start, start + length);
    }

    public SnapshotReader(byte[] bytes)
        : this(bytes, 0, bytes.Length)
    {
    }

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        var at = start + (int)BaseStream.Position;
        if (length < 0 || length > end - at)
        {
            throw new EndOfStreamException($"a string of {length} bytes at offset {at} runs past the end ({end})");
        }

        BaseStream.Position += length;
        return length == 0 ? "" : Encoding.UTF8.GetString(bytes, at, length);
    }
}
