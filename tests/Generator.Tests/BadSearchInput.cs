using System.Text.Json;

namespace Policy.Generator.Tests;

/// <summary>
/// A line of tests/eval/search-bad-input.jsonl: input that must not break search (issue 3 §6), and the sensible answer:
/// "empty", "any" (a list, possibly empty) or the clause id expected first. Without a language, both are tried.
/// </summary>
public sealed record BadSearchInput(string Name, string Query, string? Language, string Expect)
{
    public static IReadOnlyList<BadSearchInput> All { get; } = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "eval", "search-bad-input.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .Select(e =>
        {
            var query = e.GetProperty("query").GetString()!;
            if (e.TryGetProperty("repeat", out var repeat))
            {
                query = string.Concat(Enumerable.Repeat(query, repeat.GetInt32()));
            }

            return new BadSearchInput(
                e.GetProperty("name").GetString()!,
                query,
                e.TryGetProperty("lang", out var lang) ? lang.GetString() : null,
                e.GetProperty("expect").GetString()!);
        })
        .ToList();

    public IEnumerable<string> Languages => Language is null ? ["zh", "en"] : [Language];

    /// <summary>Checks one answer: the expectation, at most <paramref name="top"/> results, snippets that are safe HTML.</summary>
    public void Check(IReadOnlyList<(string Id, string Snippet)> results, int top)
    {
        Assert.True(results.Count <= top, $"{Name}: {results.Count} results");
        if (Expect == "empty")
        {
            Assert.True(results.Count == 0, $"{Name}: expected no results, got {string.Join(", ", results.Select(r => r.Id))}");
        }
        else if (Expect != "any")
        {
            Assert.True(results.Count > 0 && results[0].Id == Expect, $"{Name}: expected {Expect} first, got {string.Join(", ", results.Select(r => r.Id))}");
        }

        Assert.All(results, r => Assert.DoesNotContain('<', r.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)));
    }
}
