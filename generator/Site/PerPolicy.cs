using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Site;

/// <summary>
/// What the site derives from one policy at a time, kept with the policy's parsed documents: while they are the same
/// objects (the preview's builds reuse every unchanged policy's documents) and the global key is the same (units,
/// settings, templates, the build date), it is not made again. At a thousand policies, making the unit pages' lines
/// and the checker's data for every policy on every save was a third of the preview's save (docs/benchmarks.md).
/// </summary>
internal static class PerPolicy
{
    /// <summary>One policy's lines for one unit page list, in document order, and a digest of them.</summary>
    public sealed record UnitRun(UnitClauseView[] Lines, string Digest);

    private sealed record Made(PolicyDocument? English, string GlobalKey, object Value);

    private static readonly ConditionalWeakTable<PolicyDocument, Dictionary<string, Made>> Kept = [];

    /// <summary>For each unit id, the runs of lines of every policy naming it, in the order of the policies.</summary>
    /// <param name="line">The line of a clause (a Chinese section) of a policy, as the page in <paramref name="lang"/> shows it.</param>
    public static Dictionary<string, List<UnitRun>> UnitLines(ContentSet content, string lang, string globalKey, Func<BilingualPolicy, Section, UnitClauseView> line)
    {
        var byUnit = new Dictionary<string, List<UnitRun>>(StringComparer.Ordinal);
        foreach (var policy in content.Policies)
        {
            var runs = Get(policy, "unit-lines/" + lang, globalKey, () =>
            {
                var lines = new Dictionary<string, List<UnitClauseView>>(StringComparer.Ordinal);
                foreach (var section in policy.Chinese.Sections)
                {
                    foreach (var unit in content.UnitsOf(section))
                    {
                        (lines.TryGetValue(unit.Id, out var list) ? list : lines[unit.Id] = []).Add(line(policy, section));
                    }
                }

                return lines.ToDictionary(u => u.Key, u => new UnitRun([.. u.Value], Digest(u.Value)), StringComparer.Ordinal);
            });
            foreach (var (unit, run) in runs)
            {
                (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = []).Add(run);
            }
        }

        return byUnit;
    }

    /// <summary>The checker's data (<see cref="RulesJson"/>), each policy's rules serialized once.</summary>
    public static string RulesData(ContentSet content, string globalKey) =>
        RulesJson.Write(content, ruleJson: rule => content.FindPolicy(rule.DocumentId) is { } policy
            ? Get(policy, "rules-json", globalKey, () => content.RulesOf(policy.Id).GroupBy(r => r.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => RulesJson.Rule(g.First(), content), StringComparer.Ordinal))[rule.Id]
            : RulesJson.Rule(rule, content));

    private static T Get<T>(BilingualPolicy policy, string what, string globalKey, Func<T> make)
        where T : class
    {
        var kept = Kept.GetValue(policy.Chinese, _ => new Dictionary<string, Made>(StringComparer.Ordinal));
        lock (kept)
        {
            if (kept.TryGetValue(what, out var made) && made.English == policy.English && made.GlobalKey == globalKey)
            {
                return (T)made.Value;
            }
        }

        var value = make();
        lock (kept)
        {
            kept[what] = new Made(policy.English, globalKey, value);
        }

        return value;
    }

    private static string Digest(List<UnitClauseView> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(lines)))[..32];
}
