using Lucene.Net.Store;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>A built index read into memory one array per file reads exactly what Lucene wrote, and searches the same.</summary>
public sealed class FolderInMemoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"folder-in-memory-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_written_index_opened_in_memory_finds_what_the_files_read_by_lucene_find()
    {
        var content = RepositoryContent.Content;
        ClauseIndex.Write(content, folder);
        using var ours = ClauseSearcher.Open(folder, content);
        using var files = FSDirectory.Open(folder);
        using var lucene = new ClauseSearcher(files, content.Site, content.Synonyms);

        foreach (var (query, language) in new[] { ("免征增值税", "zh"), ("个体户贷款", "zh"), ("刻章要钱吗", "zh"), ("rent waiver", "en"), ("first offence no penalty", "en"), ("市税务局", "en") })
        {
            var found = ours.Search(query, language, 20);
            Assert.NotEmpty(found);
            Assert.Equal(lucene.Search(query, language, 20), found);
        }
    }

    [Fact]
    public void Numbers_and_bytes_read_back_as_lucene_wrote_them_and_clones_keep_their_own_place()
    {
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 1, 127, 128, 1L << 35, long.MaxValue, -1, long.MinValue];
        System.IO.Directory.CreateDirectory(folder);
        using (var files = FSDirectory.Open(folder))
        using (var output = files.CreateOutput("numbers", IOContext.DEFAULT))
        {
            foreach (var value in ints)
            {
                output.WriteVInt32(value);
                output.WriteInt32(value);
                output.WriteInt16((short)value);
            }

            foreach (var value in longs.Where(v => v >= 0))
            {
                output.WriteVInt64(value); // Lucene writes only non-negative vLongs
            }

            foreach (var value in longs)
            {
                output.WriteInt64(value);
            }

            output.WriteBytes([1, 2, 3], 3);
        }

        using var memory = FolderInMemory.Read(folder);
        using var input = memory.OpenInput("numbers", IOContext.DEFAULT);
        foreach (var value in ints)
        {
            Assert.Equal(value, input.ReadVInt32());
            Assert.Equal(value, input.ReadInt32());
            Assert.Equal((short)value, input.ReadInt16());
        }

        foreach (var value in longs.Where(v => v >= 0))
        {
            Assert.Equal(value, input.ReadVInt64());
        }

        var mark = input.Position;
        using var clone = (IndexInput)input.Clone();
        foreach (var value in longs)
        {
            Assert.Equal(value, input.ReadInt64());
        }

        Assert.Equal(mark, clone.Position);
        Assert.Equal(longs[0], clone.ReadInt64());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
    }

    [Fact]
    public void It_is_read_only_and_names_a_missing_file()
    {
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "segments_1"), [0]);
        using var memory = FolderInMemory.Read(folder);

        Assert.Equal(["segments_1"], memory.ListAll());
        Assert.Equal(1, memory.FileLength("segments_1"));
        Assert.Throws<NotSupportedException>(() => memory.CreateOutput("x", IOContext.DEFAULT));
        Assert.Throws<NotSupportedException>(() => memory.DeleteFile("segments_1"));
        Assert.Contains("nothing", Assert.Throws<FileNotFoundException>(() => memory.OpenInput("nothing", IOContext.DEFAULT)).Message, StringComparison.Ordinal);
    }
}
