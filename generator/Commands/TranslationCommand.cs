using System.CommandLine;
using System.Text;
using Policy.Knowledge.Content;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator translation</c>: lists each English section's state (current, stale, untranslated);
/// with <c>--stamp</c>, records that the English text now matches the current Chinese text.
/// </summary>
internal static class TranslationCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var stamp = new Option<bool>("--stamp") { Description = "Record the current Chinese version of every translated section in en.md" };
        var document = new Option<string?>("--doc") { Description = "Only this document id" };
        var command = new Command("translation", "Show which English sections are stale or untranslated; --stamp marks them current") { content, stamp, document };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(stamp), parse.GetValue(document)));
        return command;
    }

    public static int Run(string? contentOption, bool stamp, string? documentId)
    {
        var root = CommonOptions.ResolveContent(contentOption);
        if (root is null)
        {
            return 2;
        }

        var (content, diagnostics) = ContentLoader.Load(root);
        if (content is null)
        {
            DiagnosticPrinter.Print(diagnostics, StaffLanguage.Resolve(null));
            return 1;
        }

        foreach (var policy in content.Policies.Where(p => documentId is null || p.Id == documentId))
        {
            if (policy.English is not { } english)
            {
                Console.WriteLine($"{policy.Id}: no English document");
                continue;
            }

            var hashes = new List<(string Anchor, string Hash)>();
            foreach (var section in policy.Chinese.Sections)
            {
                var hash = SectionHash.Of(section);
                var state = english.Meta.Untranslated.Contains(section.Anchor) ? "untranslated"
                    : english.Meta.MachineTranslated.Contains(section.Anchor) ? "machine-translated"
                    : !english.Meta.Translates.TryGetValue(section.Anchor, out var recorded) ? "unrecorded"
                    : recorded == hash ? "current" : "stale";
                Console.WriteLine($"{policy.Id}#{section.Anchor}: {state}");
                if (state != "untranslated")
                {
                    hashes.Add((section.Anchor, hash));
                }
            }

            if (stamp)
            {
                var path = Path.Combine(root, ContentPaths.PoliciesFolder, policy.Id, "en.md");
                WriteTranslates(path, hashes);
                // Stamping is the review: drafts the model wrote are no longer marked as such.
                var reviewed = Translation.EnglishDocumentEditor.Open(path);
                reviewed.SetList(Translation.EnglishDocumentEditor.MachineTranslated, []);
                reviewed.Save(path);
                Console.WriteLine($"{policy.Id}: recorded {hashes.Count} section versions in {ContentPaths.Display(root, path)}");
            }
        }

        return 0;
    }

    /// <summary>Replaces the <c>translates:</c> block of the front matter, leaving every other line as it was.</summary>
    private static void WriteTranslates(string path, List<(string Anchor, string Hash)> hashes)
    {
        var lines = File.ReadAllLines(path).ToList();
        var end = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var start = lines.FindIndex(0, end, l => l.StartsWith("translates:", StringComparison.Ordinal));
        var block = new List<string> { "translates:" };
        block.AddRange(hashes.Select(h => $"  {h.Anchor}: {h.Hash}"));
        if (start < 0)
        {
            lines.InsertRange(end, block);
        }
        else
        {
            var stop = start + 1;
            while (stop < end && (lines[stop].StartsWith(' ') || lines[stop].Length == 0))
            {
                stop++;
            }

            lines.RemoveRange(start, stop - start);
            lines.InsertRange(start, block);
        }

        var temp = path + ".tmp";
        File.WriteAllText(temp, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
