using System.Runtime.CompilerServices;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Site;

/// <summary>
/// What the site derives from one policy at a time, kept with the policy's parsed documents: while they are the same
/// objects (the preview's builds reuse every unchanged policy's documents) and the global key is the same (units,
/// settings, templates, the build date), it is not made again. At a thousand policies, finding every policy's clauses
/// for the unit pages and making the checker's data on every save was a third of the preview's save (docs/benchmarks.md).
/// </summary>
internal static class PerPolicy
{
    /// <summary>
    /// One policy's clauses that name one unit, in document order, and what their lines on a unit page are made from:
    /// the policy's text in both languages (the site's base path and everything else a line shows are in the global key).
    /// </summary>
    public sealed record UnitRun(BilingualPolicy Policy, Section[] Sections)
    {
        public string Source { get; } = Policy.Id + "=" + BuildKeys.Policy(Policy);
    }

    private sealed record Made(PolicyDocument? English, string GlobalKey, object Value);

    private static readonly ConditionalWeakTable<PolicyDocument, Dictionary<string, Made>> Kept = [];

    /// <summary>
    /// For each unit id, the runs of clauses of every policy naming it, in the order of the policies. The same for both
    /// languages: a unit page makes the lines of the clauses it shows only when it is rendered (a rebuild after one edit
    /// renders few unit pages, and made every policy's lines only to find them unchanged).
    /// </summary>
    public static Dictionary<string, List<UnitRun>> UnitRuns(ContentSet content, string globalKey)
    {
        var byUnit = new Dictionary<string, List<UnitRun>>(StringComparer.Ordinal);
        foreach (var policy in content.Policies)
        {
            var runs = Get(policy, "unit-runs", globalKey, () =>
            {
                var sections = new Dictionary<string, List<Section>>(StringComparer.Ordinal);
                foreach (var section in policy.Chinese.Sections)
                {
                    foreach (var unit in content.UnitsOf(section))
                    {
                        (sections.TryGetValue(unit.Id, out var list) ? list : sections[unit.Id] = []).Add(section);
                    }
                }

                return sections.Select(u => (Unit: u.Key, Run: new UnitRun(policy, [.. u.Value]))).ToArray();
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
}
