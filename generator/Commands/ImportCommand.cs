using System.CommandLine;
using Policy.Generator.Import;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Commands;

/// <summary><c>generator import FILE.txt</c>: turns a policy text extracted from a PDF or Word file into a new content folder.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The policy text (.txt, UTF-8 or GB18030)" };
        var output = new Option<string?>("--out") { Description = "The folder to create (default: content/policies/<id>/)" };
        var id = new Option<string?>("--id") { Description = "The document id, e.g. taiyuan-2023-12 (default: from the file name)" };
        var content = CommonOptions.Content();
        var command = new Command("import", "Create a new policy (zh.md, an en.md skeleton and source.txt) from an extracted text") { file, output, id, content };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(id), parse.GetValue(content)));
        return command;
    }

    public static int Run(string file, string? output, string? id, string? contentOption)
    {
        var (lines, readError) = PolicyTextFile.Read(file);
        if (lines is null)
        {
            Console.Error.WriteLine($"error: {readError}");
            return 1;
        }

        var policy = PolicyImporter.Import(lines, out var error);
        if (policy is null)
        {
            Console.Error.WriteLine($"{file}: error: {error}. Nothing was written.");
            return 1;
        }

        id ??= Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        if (!Slug.IsValid(id))
        {
            Console.Error.WriteLine($"error: '{id}' cannot be a document id (lowercase letters, digits, hyphens); give one with --id, e.g. --id taiyuan-2023-12. Nothing was written.");
            return 2;
        }

        var contentRoot = contentOption ?? ContentPaths.FindContentRoot();
        var folder = output ?? Path.Combine(contentRoot ?? "content", ContentPaths.PoliciesFolder, id);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            Console.Error.WriteLine($"error: {folder} already exists; nothing was written. Choose another --id or --out.");
            return 1;
        }

        var contentDiagnostics = new DiagnosticBag();
        var regionsPath = contentRoot is null ? null : Path.Combine(contentRoot, RegionDirectory.FileName);
        policy.Region = ImportWriter.RegionOf(policy.Issuer, regionsPath is not null && File.Exists(regionsPath) ? RegionDirectory.Load(regionsPath, regionsPath, contentDiagnostics) : RegionDirectory.Empty);
        ImportWriter.Write(folder, new Dictionary<string, string>
        {
            ["zh.md"] = ImportWriter.ChineseMarkdown(policy, id, "source.txt"),
            ["en.md"] = ImportWriter.EnglishSkeleton(policy, id),
            ["source.txt"] = string.Join("\n", lines),
        });

        Console.WriteLine($"imported {policy.Sections.Count} sections into {folder}");
        Console.WriteLine($"  title: {policy.Title}");
        Console.WriteLine($"  issuer: {policy.Issuer ?? "?"}, number: {policy.DocNumber ?? "?"}, written: {policy.DateWritten?.ToString("yyyy-MM-dd") ?? "?"}");
        Console.WriteLine($"  region: {policy.Region ?? "city-wide"}, valid: {policy.ValidFrom?.ToString("yyyy-MM-dd") ?? "?"} to {policy.ValidUntil?.ToString("yyyy-MM-dd") ?? "?"}");
        Console.WriteLine($"  measures: {policy.Sections.Count(s => s.Kind == SectionKind.Measure)}, closing paragraphs: {policy.Closing.Count}");
        var units = contentRoot is null ? UnitDirectory.Empty : LoadUnits(contentRoot);
        foreach (var unknown in ImportWriter.UnknownUnits(policy, units))
        {
            Console.WriteLine($"  warning: responsible unit '{unknown}' is not in units.yml: add it (or an alias) before publishing: generator units add {unknown} --id ID --en \"English name\"");
        }

        Console.WriteLine($"next: fill the fields marked {ImportWriter.Placeholder} in zh.md, then run 'generator check' and 'generator serve'");
        return 0;
    }

    private static UnitDirectory LoadUnits(string contentRoot)
    {
        var path = Path.Combine(contentRoot, ContentPaths.UnitsFile);
        return File.Exists(path) ? UnitDirectory.Load(path, path, new DiagnosticBag()) : UnitDirectory.Empty;
    }
}
