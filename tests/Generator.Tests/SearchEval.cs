using System.Text.Json;

namespace Policy.Generator.Tests;

/// <summary>One line of tests/eval/search-*.jsonl: a query as people type it, and the clauses a good answer includes.</summary>
internal sealed record SearchCase(string Language, string Query, IReadOnlyList<string> ExpectAny)
{
    public static IReadOnlyList<SearchCase> Load(string file) =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "eval", file))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new SearchCase(
                e.GetProperty("lang").GetString()!,
                e.GetProperty("query").GetString()!,
                e.GetProperty("expect_any").EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();
}

/// <summary>Recall@3 and mean reciprocal rank (over the top 10) of ranked clause ids against the expectations.</summary>
internal sealed record SearchFigures(int Total, int InTop3, double Mrr, IReadOnlyList<string> Misses)
{
    public double RecallAt3 => Total == 0 ? 0 : InTop3 / (double)Total;

    public static SearchFigures Of(IReadOnlyList<SearchCase> cases, IReadOnlyList<IReadOnlyList<string>> ranked)
    {
        var inTop3 = 0;
        var mrr = 0.0;
        var misses = new List<string>();
        foreach (var (c, ids) in cases.Zip(ranked))
        {
            var rank = ids.Take(10).Select((id, i) => (id, i)).FirstOrDefault(x => c.ExpectAny.Contains(x.id), (id: "", i: -1)).i;
            if (rank is >= 0 and < 3)
            {
                inTop3++;
            }
            else
            {
                misses.Add($"{c.Query} → {string.Join(" ", ids.Take(3).Select(id => id.Split('#')[^1]))}");
            }

            mrr += rank >= 0 ? 1.0 / (rank + 1) : 0;
        }

        return new SearchFigures(cases.Count, inTop3, cases.Count == 0 ? 0 : mrr / cases.Count, misses);
    }

    public string Describe(string side, string file) =>
        $"search eval {file} {side}: recall@3 {InTop3}/{Total} = {RecallAt3:P1}, MRR {Mrr:0.000}{(Misses.Count > 0 ? "; missed: " + string.Join("; ", Misses) : "")}";
}
