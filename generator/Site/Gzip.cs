using System.IO.Compression;

namespace Policy.Generator.Site;

/// <summary>What a file weighs on the wire, compressed as web servers do.</summary>
internal static class Gzip
{
    public static long Length(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
