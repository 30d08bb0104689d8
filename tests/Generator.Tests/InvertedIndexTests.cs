using Policy.Generator.Site.StaticSearch;

namespace Policy.Generator.Tests;

/// <summary>
/// The static index's inverted index: replacing some clauses gives the very index made from the new analyses, and says
/// what changed; its state survives the disk, and a damaged file is not read.
/// </summary>
public sealed class InvertedIndexTests
{
    // Term ids 0..5 name these terms; 办 is a single Chinese character (weighed as a unigram).
    private static readonly string[] Names = ["办理", "个体", "营业", "执照", "办", "seal"];

    /// <summary>A clause: its lengths (title, text, units) and per field its (term id, count) pairs; runs it holds.</summary>
    private static AnalysedClause Clause(int[] lengths, int[] title, int[] text, int[]? units = null, int[]? runs = null) =>
        new(lengths, [title, text, units ?? []], runs ?? []);

    private static AnalysedClause[] Before() =>
    [
        Clause([2, 6, 0], [0, 1], [1, 2, 2, 1, 4, 3]),
        Clause([1, 5, 1], [1, 1], [2, 1, 3, 1], [5, 1], runs: [0]),
        Clause([0, 4, 0], [], [0, 2, 4, 1]),
        Clause([2, 3, 0], [3, 1], [1, 1, 5, 2]),
        Clause([1, 2, 0], [2, 1], [3, 1]),
    ];

    private static byte[] Bytes(InvertedIndex index)
    {
        using var stream = new MemoryStream();
        using (var writer = new IndexState.StateWriter(stream))
        {
            index.WriteTo(writer);
            writer.EndWithHash();
        }

        return stream.ToArray();
    }

    [Fact]
    public void The_state_writer_writes_what_a_binary_writer_writes_then_its_hash()
    {
        // Numbers of every length (negative ones take five bytes), strings in Chinese and one longer than its buffer.
        int[] numbers = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, int.MaxValue, -1, int.MinValue];
        string[] texts = ["", "个体工商户", "seal", new string('章', 400_000)];
        using var expected = new MemoryStream();
        using (var binary = new BinaryWriter(expected, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            for (var round = 0; round < 3; round++)
            {
                Array.ForEach(numbers, binary.Write7BitEncodedInt);
                Array.ForEach(texts, binary.Write);
            }
        }

        using var written = new MemoryStream();
        using (var writer = new IndexState.StateWriter(written))
        {
            for (var round = 0; round < 3; round++)
            {
                Array.ForEach(numbers, writer.Write7BitEncodedInt);
                Array.ForEach(texts, writer.Write);
            }

            writer.EndWithHash();
        }

        var body = expected.ToArray();
        Assert.Equal([.. body, .. System.Security.Cryptography.SHA256.HashData(body)], written.ToArray());
        var reader = new IndexState.StateReader(body, body.Length);
        Assert.Equal(numbers, numbers.Select(_ => reader.Read7BitEncodedInt()));
        Assert.Equal(texts, texts.Select(_ => reader.ReadString()));
    }

    [Fact]
    public void Replacing_clauses_gives_the_index_made_from_the_new_analyses_and_says_what_changed()
    {
        var before = Before();
        // Clause 2 changes (its lengths as they were): 办 counted once more, 执照 for 办理 once; clause 3 stays as it was.
        AnalysedClause[] replacement = [Clause([0, 4, 0], [], [0, 1, 4, 2, 3, 1]), before[3]];
        var after = before.Take(2).Concat(replacement).Concat(before.Skip(4)).ToArray();

        var (updated, edit) = InvertedIndex.From(before, Names, runCount: 1).Replace(2, replacement, Names);

        Assert.Equal(Bytes(InvertedIndex.From(after, Names, runCount: 1)), Bytes(updated));
        // The terms whose counts changed in clause 2, there only; 执照 is now in one more clause's text, so it weighs anew
        // in every clause holding it; 个体, 营业 and seal, not in clause 2, keep their scores.
        Assert.Equal(["办", "办理", "执照"], edit.Terms.Order(StringComparer.Ordinal));
        Assert.Equal([2], edit.Clauses);
        Assert.Equal(["执照"], edit.Global);
        Assert.Empty(edit.Runs);
        Assert.Equal(updated.Score(updated.Find("个体")), InvertedIndex.From(before, Names, 1) is var old ? old.Score(old.Find("个体")) : null);
    }

    [Fact]
    public void A_clause_whose_lengths_changed_touches_every_term_it_holds()
    {
        var before = Before();
        AnalysedClause[] replacement = [Clause([2, 4, 0], [3, 1], [1, 1, 5, 2])];

        var (updated, edit) = InvertedIndex.From(before, Names, runCount: 1).Replace(3, replacement, Names);

        Assert.Equal(Bytes(InvertedIndex.From([.. before[..3], .. replacement, before[4]], Names, runCount: 1)), Bytes(updated));
        Assert.Equal(["seal", "个体", "执照"], edit.Terms.Order(StringComparer.Ordinal));
        Assert.Equal([3], edit.Clauses);
        Assert.Empty(edit.Global);
    }

    [Fact]
    public void A_run_or_a_new_term_in_a_replaced_clause_is_a_change_there_only()
    {
        var before = Before();
        AnalysedClause[] replacement = [Clause([1, 5, 1], [1, 1], [2, 1, 3, 1], [5, 1]), Clause([1, 1, 0], [2, 1], [6, 1], runs: [0])];
        string[] names = [.. Names, "豌豆"];
        var after = before.Take(3).Concat(replacement).ToArray();

        var (updated, edit) = InvertedIndex.From(before, names, runCount: 1).Replace(3, replacement, names);

        Assert.Equal(Bytes(InvertedIndex.From(after, names, runCount: 1)), Bytes(updated));
        Assert.Equal([0], edit.Runs);
        Assert.Contains("豌豆", edit.Terms);
        Assert.DoesNotContain("豌豆", edit.Global);
        Assert.Equal([4], updated.RunClauses[0].Except([1]));
    }

    [Fact]
    public void A_state_read_back_is_the_state_written_and_a_damaged_file_is_not_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "index-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            var index = InvertedIndex.From(Before(), Names, runCount: 1);
            var files = new IndexFiles(["seal", "个体"], [20, 31], [0, 0], [("0a1b2c3d", 1)], ["f00d0001"]);
            var state = new IndexState("key", [new PolicyPlace("demo-1", "hash", 5)], index, files, "entry");
            IndexState.Save(folder, new Dictionary<string, IndexState> { ["zh"] = state });
            var file = Path.Combine(folder, IndexState.FileName("zh"));

            var read = IndexState.Read(file)!;

            Assert.Equal(Bytes(index), Bytes(read.Index));
            Assert.Equal(("key", "entry", "demo-1", 5), (read.Key, read.EntryHash, read.Policies[0].Id, read.Policies[0].Clauses));
            Assert.Equal(files.Keys, read.Files.Keys);
            Assert.Equal(files.ChunkBlocks, read.Files.ChunkBlocks);

            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 1;
            File.WriteAllBytes(file, bytes);
            Assert.Null(IndexState.Read(file));
            File.WriteAllBytes(file, bytes[..(bytes.Length / 3)]);
            Assert.Null(IndexState.Read(file));
            Assert.Null(IndexState.Read(Path.Combine(folder, "missing.bin")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
