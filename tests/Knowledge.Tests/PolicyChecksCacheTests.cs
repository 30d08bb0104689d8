using System.Text.Json;
using System.Text.Json.Serialization;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Tests;

/// <summary>
/// Each policy's rules and own checks, kept by <see cref="DocumentCache"/> between loads and in documents.bin: reused
/// only while the policy's files and the shared files are unchanged, and then giving exactly what checking again gives.
/// </summary>
public sealed class PolicyChecksCacheTests : IDisposable
{
    private static readonly JsonSerializerOptions Everything = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true };

    private static readonly string Fixture =
        Path.Combine(Path.GetDirectoryName(ContentPaths.FindContentRoot(AppContext.BaseDirectory)!)!, "tests", "fixtures", "many-policies", "content");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "policy-checks-" + Guid.NewGuid().ToString("N"));

    public PolicyChecksCacheTests()
    {
        foreach (var file in Directory.GetFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Content, Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private string Content => Path.Combine(folder, "content");

    private string Saved => Path.Combine(folder, "_build", "documents.bin");

    private string ZhOf(string id) => Path.Combine(Content, "policies", id, "zh.md");

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
        Fixture,
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Checks_read_back_give_the_same_rules_in_every_property_and_the_same_messages(string contentRoot)
    {
        var writer = new DocumentCache();
        var (checkedContent, checkedMessages) = ContentLoader.Load(contentRoot, writer);
        writer.SaveTo(Saved, Documents(checkedContent!));

        var reader = new DocumentCache();
        reader.LoadFrom(Saved);
        var (content, messages) = ContentLoader.Load(contentRoot, reader);

        Assert.Equal(checkedContent!.Policies.Count, writer.Checks);
        Assert.Equal(0, reader.Checks);
        Assert.NotEmpty(content!.Rules);
        Assert.All(content.Rules, r => Assert.NotEmpty(r.Cases));
        Assert.Equal(JsonSerializer.Serialize(checkedContent.Rules, Everything), JsonSerializer.Serialize(content.Rules, Everything));
        // Conditions are linked to this load's facts, not to copies of them.
        Assert.All(content.Rules.SelectMany(r => r.Conditions), c => Assert.Same(content.Facts.Find(c.Fact.Id), c.Fact));
        Assert.Equal(checkedMessages.Items.Select(Describe), messages.Items.Select(Describe));
    }

    [Fact]
    public void An_unchanged_policy_is_not_checked_again_and_an_edited_one_alone_is()
    {
        var cache = new DocumentCache();
        var (first, _) = ContentLoader.Load(Content, cache);
        var (second, _) = ContentLoader.Load(Content, cache);
        Assert.Equal(first!.Policies.Count, cache.Checks);
        // Within one process the very same rules, linked to the very same facts.
        Assert.Same(first.Facts, second!.Facts);
        Assert.Equal(first.Rules, second.Rules);

        File.WriteAllText(ZhOf("demo-city-2024-3"), File.ReadAllText(ZhOf("demo-city-2024-3")).Replace("每年组织", "每年定期组织", StringComparison.Ordinal));
        ContentLoader.Load(Content, cache);

        Assert.Equal(first.Policies.Count + 1, cache.Checks);
    }

    [Fact]
    public void A_content_error_is_reported_at_its_file_and_line_on_every_load_from_the_cache()
    {
        // The first case of city-free-seal expects the wrong verdict.
        var zh = ZhOf("demo-city-2024-3");
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("| 2024-06-01 | eligible     | -  ", "| 2024-06-01 | not_eligible | -  ", StringComparison.Ordinal));
        var writer = new DocumentCache();
        var (_, first) = ContentLoader.Load(Content, writer);
        writer.SaveTo(Saved, Documents(ContentLoader.Load(Content, writer).Content!));
        var (_, again) = ContentLoader.Load(Content, writer);
        var reader = new DocumentCache();
        reader.LoadFrom(Saved);
        var (_, fromDisk) = ContentLoader.Load(Content, reader);

        var expected = "content/policies/demo-city-2024-3/zh.md:53: error: case of rule 'city-free-seal': expected verdict not_eligible";
        Assert.Contains(first.Items, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(again.Items, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(fromDisk.Items, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(3, writer.Checks);
        Assert.Equal(0, reader.Checks);
    }

    public static TheoryData<string, string, string, string> SharedEdits() => new()
    {
        // A unit renamed in units.yml: the rule's unit is unknown now.
        { "units.yml", "- id: market-regulation", "- id: market-supervision", "zh.md:47: error: unknown unit 'market-regulation'" },
        // A fact renamed in facts.yml: the rule's condition names an unknown fact.
        { "facts.yml", "- id: newly_registered", "- id: newly_set_up", "zh.md:43: error:" },
    };

    [Theory]
    [MemberData(nameof(SharedEdits))]
    public void An_edit_to_a_shared_file_checks_every_policy_again_and_its_errors_are_not_hidden(string file, string before, string after, string expected)
    {
        var writer = new DocumentCache();
        var (content, clean) = ContentLoader.Load(Content, writer);
        Assert.False(clean.HasErrors, string.Join("\n", clean.Items));
        writer.SaveTo(Saved, Documents(content!));

        var path = Path.Combine(Content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        var reader = new DocumentCache();
        reader.LoadFrom(Saved);
        var (_, messages) = ContentLoader.Load(Content, reader);
        var (_, inMemory) = ContentLoader.Load(Content, writer);

        Assert.Equal(content!.Policies.Count, reader.Checks);
        Assert.Contains(messages.Items, d => d.ToString().StartsWith("content/policies/demo-city-2024-3/" + expected, StringComparison.Ordinal));
        Assert.Contains(inMemory.Items, d => d.ToString().StartsWith("content/policies/demo-city-2024-3/" + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_added_or_removed_checks_its_policy_again()
    {
        var cache = new DocumentCache();
        ContentLoader.Load(Content, cache);
        var en = Path.Combine(Content, "policies", "demo-city-2024-3", "en.md");
        var text = File.ReadAllText(en);
        File.Delete(en);
        var (_, without) = ContentLoader.Load(Content, cache);
        File.WriteAllText(en, text + "\n\n```rule\nid: copied\n```\n");
        var (_, copied) = ContentLoader.Load(Content, cache);

        Assert.Equal(3 + 2, cache.Checks);
        Assert.DoesNotContain(without.Items, d => d.Path.EndsWith("demo-city-2024-3/en.md", StringComparison.Ordinal) && d.Severity == Severity.Error);
        Assert.Contains(copied.Items, d => d.Path.EndsWith("demo-city-2024-3/en.md", StringComparison.Ordinal) && d.Message.Contains("belongs in zh.md only", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(-1)]
    public void A_damaged_or_missing_cache_is_ignored_and_every_policy_is_checked(double keep)
    {
        var writer = new DocumentCache();
        var (content, messages) = ContentLoader.Load(Content, writer);
        writer.SaveTo(Saved, Documents(content!));
        if (keep < 0)
        {
            File.Delete(Saved);
        }
        else
        {
            var bytes = File.ReadAllBytes(Saved);
            File.WriteAllBytes(Saved, bytes[..(int)(bytes.Length * keep)]);
        }

        var reader = new DocumentCache();
        Assert.Equal(0, reader.LoadFrom(Saved));
        var (again, read) = ContentLoader.Load(Content, reader);

        Assert.Equal(content!.Policies.Count, reader.Checks);
        Assert.Equal(JsonSerializer.Serialize(content.Rules, Everything), JsonSerializer.Serialize(again!.Rules, Everything));
        Assert.Equal(messages.Items.Select(Describe), read.Items.Select(Describe));
    }

    [Fact]
    public void A_file_read_long_after_it_was_written_is_not_read_again_while_its_size_and_time_are_unchanged()
    {
        var zh = ZhOf("demo-city-2024-3");
        var written = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(zh, written);
        var cache = new DocumentCache();
        var first = cache.ParseFile(zh, Languages.Chinese, "content/policies/demo-city-2024-3/zh.md", new DiagnosticBag());

        // The same size and time: taken as unchanged, without reading it.
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("每年组织", "每月组织", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(zh, written);
        Assert.Same(first, cache.ParseFile(zh, Languages.Chinese, "content/policies/demo-city-2024-3/zh.md", new DiagnosticBag()));

        // Any later time: read again.
        File.SetLastWriteTimeUtc(zh, written.AddTicks(1));
        Assert.Contains("每月组织", cache.ParseFile(zh, Languages.Chinese, "content/policies/demo-city-2024-3/zh.md", new DiagnosticBag())!.Sections.Last(s => s.Anchor == "measure-2").Text, StringComparison.Ordinal);
        Assert.Equal(2, cache.Parses);
    }

    [Fact]
    public void A_file_read_just_after_it_was_written_is_read_again_even_with_the_same_size_and_time()
    {
        var zh = ZhOf("demo-city-2024-3");
        File.WriteAllText(zh, File.ReadAllText(zh));
        var cache = new DocumentCache();
        var written = File.GetLastWriteTimeUtc(zh);
        cache.ParseFile(zh, Languages.Chinese, "content/policies/demo-city-2024-3/zh.md", new DiagnosticBag());

        File.WriteAllText(zh, File.ReadAllText(zh).Replace("每年组织", "每月组织", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(zh, written);
        var again = cache.ParseFile(zh, Languages.Chinese, "content/policies/demo-city-2024-3/zh.md", new DiagnosticBag());

        Assert.Contains("每月组织", again!.Sections.Last(s => s.Anchor == "measure-2").Text, StringComparison.Ordinal);
    }

    private static string Describe(Diagnostic d) => $"{d} [{d.FollowsFrom}] {d.PublishOnly} {d.Text.Zh}";

    private static IEnumerable<PolicyDocument> Documents(ContentSet content) =>
        content.Policies.SelectMany(p => new[] { p.Chinese, p.English }).OfType<PolicyDocument>();
}
