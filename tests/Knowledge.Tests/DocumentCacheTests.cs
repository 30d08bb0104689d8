using System.Text.Json;
using System.Text.Json.Serialization;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Tests;

/// <summary>Parsed documents saved by one run and read by the next: the same documents as parsing, never a stale one.</summary>
public sealed class DocumentCacheTests : IDisposable
{
    private static readonly JsonSerializerOptions Everything = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true };

    private readonly string folder = Path.Combine(Path.GetTempPath(), "document-cache-" + Guid.NewGuid().ToString("N"));

    private string File => Path.Combine(folder, "documents.bin");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Contents() => new()
    {
        ContentPaths.FindContentRoot(AppContext.BaseDirectory)!,
        Path.Combine(Path.GetDirectoryName(ContentPaths.FindContentRoot(AppContext.BaseDirectory)!)!, "tests", "fixtures", "many-policies", "content"),
    };

    public static TheoryData<string, bool> ContentsAndReadings()
    {
        var data = new TheoryData<string, bool>();
        foreach (var root in Contents())
        {
            data.Add(root.Data, false);
            data.Add(root.Data, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentsAndReadings))]
    public void Every_document_read_back_equals_the_parsed_one_in_every_property(string contentRoot, bool sectionsOnDemand)
    {
        var files = PolicyFiles(contentRoot);
        var writer = new DocumentCache();
        var parsed = files.Select(f => writer.Parse(f.Text, f.Language, f.Display, new DiagnosticBag())!).ToList();
        writer.SaveTo(File, parsed);

        var reader = new DocumentCache();
        var readsBefore = DocumentCache.SectionsReadOnDemand;
        Assert.Equal(files.Count, reader.LoadFrom(File, sectionsOnDemand));
        var read = files.Select(f => reader.Parse(f.Text, f.Language, f.Display, new DiagnosticBag())!).ToList();

        Assert.Equal(0, reader.Parses);
        Assert.True(parsed.Sum(d => d.Sections.Count) > 10);
        // On demand, what the checks across policies and the lists read (counts, links, metadata) reads no section.
        Assert.Equal(parsed.Select(d => (d.Sections.Count, d.Links.Count, d.MeasureCount, d.Meta.Title)), read.Select(d => (d.Sections.Count, d.Links.Count, d.MeasureCount, d.Meta.Title)));
        Assert.Equal(readsBefore, DocumentCache.SectionsReadOnDemand);
        for (var i = 0; i < parsed.Count; i++)
        {
            Assert.Equal(JsonSerializer.Serialize(parsed[i], Everything), JsonSerializer.Serialize(read[i], Everything));
            Assert.All(read[i].Sections, s => Assert.All(s.Children, c => Assert.Same(s, c.Parent)));
            Assert.Equal(parsed[i].Sections.Select(s => s.Parent?.Anchor), read[i].Sections.Select(s => s.Parent?.Anchor));
        }
    }

    [Fact]
    public void Sections_on_demand_are_read_from_the_file_as_it_was_loaded_even_once_a_save_replaced_it()
    {
        var display = "content/policies/p/zh.md";
        var first = new DocumentCache();
        first.SaveTo(File, [first.Parse(Policy("first"), Languages.Chinese, display, new DiagnosticBag())!]);
        var reader = new DocumentCache();
        reader.LoadFrom(File, sectionsOnDemand: true);
        var loaded = reader.Parse(Policy("first"), Languages.Chinese, display, new DiagnosticBag())!;

        var second = new DocumentCache();
        second.SaveTo(File, [second.Parse(Policy("second"), Languages.Chinese, display, new DiagnosticBag())!]);

        Assert.Equal(0, reader.Parses);
        Assert.Contains("first", loaded.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_and_its_messages_are_its_own()
    {
        var (text, display) = (Policy("first"), "content/policies/p/zh.md");
        var writer = new DocumentCache();
        writer.SaveTo(File, [writer.Parse(text, Languages.Chinese, display, new DiagnosticBag())!]);
        var reader = new DocumentCache();
        reader.LoadFrom(File);

        var edited = reader.Parse(text.Replace("first", "second", StringComparison.Ordinal), Languages.Chinese, display, new DiagnosticBag());
        var broken = new DiagnosticBag();
        var gone = reader.Parse("no front matter", Languages.Chinese, display, broken);

        Assert.Contains("second", edited!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Null(gone);
        Assert.Single(broken.Items, d => d.Severity == Severity.Error && d.Path == display);
        Assert.Equal(2, reader.Parses);
    }

    [Fact]
    public void A_file_read_by_another_process_is_reused_only_while_its_bytes_are_the_saved_text_and_a_byte_order_mark_is_read_as_before()
    {
        Directory.CreateDirectory(folder);
        var (path, display) = (Path.Combine(folder, "zh.md"), "content/policies/p/zh.md");
        System.IO.File.WriteAllText(path, Policy("first"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var writer = new DocumentCache();
        writer.SaveTo(File, [writer.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!]);

        DocumentCache Fresh()
        {
            var cache = new DocumentCache();
            cache.LoadFrom(File);
            return cache;
        }

        var unchanged = Fresh();
        Assert.Contains("first", unchanged.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, unchanged.Parses);

        // The same text with a byte order mark: decoded as File.ReadAllText decodes it (the mark is not text), so it is
        // the saved text after all and reused.
        System.IO.File.WriteAllText(path, Policy("first"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var marked = Fresh();
        var document = marked.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!;
        Assert.Equal(0, marked.Parses);
        Assert.DoesNotContain('﻿', document.Meta.Id);
        Assert.Equal(DocumentParser.SourceHashOf(Policy("first")), document.SourceHash);

        // Bytes that are not UTF-8 are read with replacement characters, as before, and never taken for the saved text.
        System.IO.File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes(Policy("first")), 0xFF]);
        var invalid = Fresh();
        Assert.EndsWith("\uFFFD", invalid.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, invalid.Parses);
    }

    [Fact]
    public void The_next_run_does_not_read_a_file_whose_size_and_time_are_saved_and_reads_it_once_edited()
    {
        Directory.CreateDirectory(folder);
        var (path, display) = (Path.Combine(folder, "zh.md"), "content/policies/p/zh.md");
        System.IO.File.WriteAllText(path, Policy("first"));
        System.IO.File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1)); // long before it is read: not racily clean
        var writer = new DocumentCache();
        writer.SaveTo(File, [writer.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!]);

        var next = new DocumentCache();
        next.LoadFrom(File);
        Assert.Contains("first", next.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, next.FileReads);

        System.IO.File.WriteAllText(path, Policy("second"));
        Assert.Contains("second", next.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, next.FileReads);

        // A file written just before it was read is racily clean: its time is not trusted, then or in the next run.
        var racy = new DocumentCache();
        racy.SaveTo(File, [racy.ParseFile(path, Languages.Chinese, display, new DiagnosticBag())!]);
        var after = new DocumentCache();
        after.LoadFrom(File);
        after.ParseFile(path, Languages.Chinese, display, new DiagnosticBag());
        Assert.Equal(1, after.FileReads);
        Assert.Equal(0, after.Parses);
    }

    [Fact]
    public void A_file_with_errors_keeps_its_messages_when_read_back()
    {
        var writer = new DocumentCache();
        var first = new DiagnosticBag();
        var document = writer.Parse(Policy("text", extraField: "colour: blue"), Languages.Chinese, "content/policies/p/zh.md", first);
        writer.SaveTo(File, [document!]);
        var reader = new DocumentCache();
        reader.LoadFrom(File);

        var again = new DiagnosticBag();
        reader.Parse(Policy("text", extraField: "colour: blue"), Languages.Chinese, "content/policies/p/zh.md", again);

        Assert.NotEmpty(first.Items);
        Assert.Equal(first.Items.Select(d => d.ToString()), again.Items.Select(d => d.ToString()));
        Assert.Equal(0, reader.Parses);
    }

    [Fact]
    public void Saving_after_an_edit_copies_the_unchanged_records_and_writes_the_same_bytes_as_saving_everything_anew()
    {
        var files = PolicyFiles(Path.Combine(Path.GetDirectoryName(ContentPaths.FindContentRoot(AppContext.BaseDirectory)!)!, "tests", "fixtures", "many-policies", "content"));
        var (read, copied, fresh) = (Path.Combine(folder, "read.bin"), Path.Combine(folder, "copied.bin"), Path.Combine(folder, "fresh.bin"));
        var writer = new DocumentCache();
        writer.SaveTo(read, files.Select(f => writer.Parse(f.Text, f.Language, f.Display, new DiagnosticBag())!).ToList());

        byte[] SavedAfter(Func<int, string> textOf, string file, DocumentCache cache)
        {
            cache.SaveTo(file, files.Select((f, i) => cache.Parse(textOf(i), f.Language, f.Display, new DiagnosticBag())!).ToList());
            return System.IO.File.ReadAllBytes(file);
        }

        string Edited(int i, int edit) => i == edit ? files[i].Text + "\n\n另行通知。Further notice.\n" : files[i].Text;

        // One file edited: the other records are copied from read.bin, the bytes are those of a save from scratch.
        var reader = new DocumentCache();
        reader.LoadFrom(read);
        Assert.Equal(SavedAfter(i => Edited(i, 0), fresh, new DocumentCache()), SavedAfter(i => Edited(i, 0), copied, reader));
        Assert.Equal(1, reader.Parses);
        Assert.Equal(files.Count - 1, reader.RecordsCopied);

        // A second edit: copied from the file the first save wrote.
        Assert.Equal(SavedAfter(i => Edited(i, 1), fresh, new DocumentCache()), SavedAfter(i => Edited(i, 1), copied, reader));
        Assert.Equal(files.Count - 2, reader.RecordsCopied); // the first file back to its text and the second edited: both written anew

        // The file read was replaced since it was read: nothing is copied from it, every record is written anew.
        var late = new DocumentCache();
        late.LoadFrom(read);
        System.IO.File.WriteAllBytes(read, new byte[System.IO.File.ReadAllBytes(read).Length]);
        System.IO.File.SetLastWriteTimeUtc(read, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(SavedAfter(i => Edited(i, 2), fresh, new DocumentCache()), SavedAfter(i => Edited(i, 2), Path.Combine(folder, "late.bin"), late));
        Assert.Equal(0, late.RecordsCopied);
    }

    [Fact]
    public void Saving_what_the_file_already_holds_rewrites_nothing_and_an_edit_rewrites_it()
    {
        var writer = new DocumentCache();
        var first = writer.Parse(Policy("first"), Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!;
        Assert.True(writer.SaveTo(File, [first]));
        var reader = new DocumentCache();
        reader.LoadFrom(File);
        var same = reader.Parse(Policy("first"), Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!;

        Assert.False(reader.SaveTo(File, [same]));
        Assert.False(writer.SaveTo(File, [first]));

        var edited = reader.Parse(Policy("second"), Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!;
        Assert.True(reader.SaveTo(File, [edited]));
        System.IO.File.SetLastWriteTimeUtc(File, DateTime.UtcNow.AddMinutes(1));
        Assert.True(writer.SaveTo(File, [first]));   // the file changed behind the writer: written again
        Assert.True(reader.SaveTo(File, [edited]));
        var again = new DocumentCache();
        again.LoadFrom(File);
        Assert.Contains("second", again.Parse(Policy("second"), Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, again.Parses);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(-1)]
    public void A_damaged_or_missing_file_adds_nothing_and_every_file_is_parsed(int keepBytes)
    {
        var writer = new DocumentCache();
        var text = Policy("text");
        writer.SaveTo(File, [writer.Parse(text, Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!]);
        if (keepBytes >= 0)
        {
            var bytes = System.IO.File.ReadAllBytes(File);
            System.IO.File.WriteAllBytes(File, bytes[..Math.Min(keepBytes, bytes.Length)]);
        }
        else
        {
            System.IO.File.WriteAllBytes(File, [.. System.Text.Encoding.UTF8.GetBytes("policy-documents/3"), .. new byte[64]]);
        }

        var reader = new DocumentCache();
        Assert.Equal(0, reader.LoadFrom(File));
        Assert.Equal(0, reader.LoadFrom(Path.Combine(folder, "missing.bin")));
        Assert.NotNull(reader.Parse(text, Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag()));
        Assert.Equal(1, reader.Parses);
    }

    [Fact]
    public void A_file_written_by_other_code_of_the_library_is_not_read_and_the_code_version_is_the_stamped_hash_of_its_sources()
    {
        // Stamped by Directory.Build.targets, with the runtime's version: every compile of the same sources (the generator's copy, the bot's, a
        // ReadyToRun publish) gives the same version, so they share documents.bin; a module id would differ per compile.
        var version = CodeVersion.Of(typeof(DocumentCache));
        Assert.Equal($"{version.Split('/')[0]}/{Environment.Version}", version);
        Assert.Matches("^[0-9A-F]{64}$", version.Split('/')[0]);
        Assert.Equal(version, CodeVersion.Of(typeof(ContentSet)));

        var writer = new DocumentCache();
        var text = Policy("text");
        writer.SaveTo(File, [writer.Parse(text, Languages.Chinese, "content/policies/p/zh.md", new DiagnosticBag())!]);
        Assert.Equal(1, new DocumentCache().LoadFrom(File));

        // The version's 16 bytes follow the magic string (one length byte and its characters).
        var bytes = System.IO.File.ReadAllBytes(File);
        bytes[1 + bytes[0]] ^= 0xFF;
        System.IO.File.WriteAllBytes(File, bytes);
        Assert.Equal(0, new DocumentCache().LoadFrom(File));
    }

    private static string Policy(string text, string extraField = "") => $$"""
        ---
        id: p
        title: 测试通知
        {{extraField}}
        ---

        ## 1. 第一条 {#measure-1 .measure}

        {{text}}
        """;

    private static List<(string Text, string Language, string Display)> PolicyFiles(string contentRoot) =>
        Directory.GetDirectories(Path.Combine(contentRoot, ContentPaths.PoliciesFolder)).Order(StringComparer.Ordinal)
            .SelectMany(folder => new[] { ("zh.md", Languages.Chinese), ("en.md", Languages.English) }
                .Where(f => System.IO.File.Exists(Path.Combine(folder, f.Item1)))
                .Select(f => (System.IO.File.ReadAllText(Path.Combine(folder, f.Item1)), f.Item2, ContentPaths.Display(contentRoot, Path.Combine(folder, f.Item1)))))
            .ToList();
}
