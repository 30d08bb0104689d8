using System.Text.Json;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>One query for the static search; <see cref="Query"/> may be any JSON value, to try what a page could pass it.</summary>
internal sealed record StaticRequest(string Lang, object? Query, int? Top = null);

/// <summary>
/// The static site's search, run under node: templates/assets/search.js (the file the browser loads) against the client
/// indexes of a built site (every file of them, fetched as the page fetches them), through tests/Generator.Tests/search-runner.js.
/// </summary>
internal static class StaticSearch
{
    public static IReadOnlyList<JsonElement> Run(SiteOutput site, IEnumerable<StaticRequest> requests)
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Path);
        foreach (var (path, bytes) in site.Files.Where(f => f.Key.StartsWith("assets/search", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            var file = Path.Combine(folder.Path, path["assets/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }

        var requestsFile = Path.Combine(folder.Path, "requests.json");
        File.WriteAllText(requestsFile, JsonSerializer.Serialize(requests.Select(r => new { lang = r.Lang, query = r.Query, top = r.Top })));
        return NodeRunner.RunWithSearchScript("search-runner.js", folder.Path, requestsFile);
    }

    /// <summary>The ranked clause ids of each answer; a request that threw fails the calling test.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Ids(IReadOnlyList<JsonElement> answers) =>
        answers.Select(a =>
        {
            Assert.True(a.GetProperty("ok").GetBoolean(), a.TryGetProperty("error", out var e) ? e.GetString() : "failed");
            return (IReadOnlyList<string>)a.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        }).ToList();
}
