using System.Runtime.CompilerServices;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Site;

/// <summary>
/// What the site derives from one policy at a time, kept with the policy's parsed documents: while they are the same
/// objects (the preview's builds reuse every unchanged policy's documents) and the global key is the same (units,
/// settings, templates, the build date), it is not made again. At a thousand policies, finding every policy's clauses
/// for the unit pages and making the checker's data on every save was a third of the preview's save (docs/benchmarks.md).
/// What a later run of <c>generator build</c> can reuse too (the checker's data per policy, and its hash) is kept in
/// <see cref="PerPolicyStore"/> under the policy's source hash.
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

    /// <summary>
    /// The key of the checker's data (<see cref="RulesData"/>): the global key (facts, units, settings, base URL, code)
    /// and, for each policy whose rules it holds, the hash of their JSON, kept between builds (<see cref="PerPolicyStore"/>)
    /// under the policy's own text: an edit that changes no rule (most do not) leaves the data as it was.
    /// </summary>
    public static string RulesDataKey(ContentSet content, string globalKey) =>
        BuildKeys.Of([globalKey, "rules", .. RulesByPolicy(content).Select(policy => policy.Id + "=" + PerPolicyStore.Shared.Get(policy.Id, "rules-hash", RulesKey(policy, globalKey),
            () =>
            {
                // Made here rather than taken from the kept JSON, which is read only when the data is made again.
                var json = RulesJsonOf(content, policy, globalKey);
                return BuildKeys.Of([.. content.RulesOf(policy.Id).Select(rule => json[rule.Id])]);
            }))]);

    /// <summary>
    /// The checker's data (<see cref="RulesJson"/>), each policy's rules serialized once and kept between builds
    /// (<see cref="PerPolicyStore"/>) under what they are made from: the policy's own text and the global key.
    /// </summary>
    public static string RulesData(ContentSet content, string globalKey)
    {
        var byPolicy = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        return RulesJson.Write(content, ruleJson: rule =>
        {
            if (content.FindPolicy(rule.DocumentId) is not { } policy)
            {
                return RulesJson.Rule(rule, content);
            }

            if (!byPolicy.TryGetValue(policy.Id, out var rules))
            {
                byPolicy[policy.Id] = rules = PerPolicyStore.Shared.Get(policy.Id, "rules-json", RulesKey(policy, globalKey), () => RulesJsonOf(content, policy, globalKey));
            }

            return rules[rule.Id];
        });
    }

    /// <summary>The policies whose rules the checker's data holds (those in force), in its order.</summary>
    private static IEnumerable<BilingualPolicy> RulesByPolicy(ContentSet content) =>
        content.RulesInForce.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).Select(content.FindPolicy).OfType<BilingualPolicy>();

    private static string RulesKey(BilingualPolicy policy, string globalKey) => BuildKeys.Of(globalKey, BuildKeys.Policy(policy));

    /// <summary>Each rule of a policy as the checker's data holds it, by rule id (made once per process for its documents).</summary>
    private static Dictionary<string, string> RulesJsonOf(ContentSet content, BilingualPolicy policy, string globalKey) =>
        Get(policy, "rules-json", globalKey, () => content.RulesOf(policy.Id).GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RulesJson.Rule(g.First(), content), StringComparer.Ordinal));

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
