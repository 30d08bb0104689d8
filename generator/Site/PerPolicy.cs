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
    public sealed record UnitRun(BilingualPolicy Policy, int[] Clauses)
    {
        /// <summary>How many clauses the run has.</summary>
        public int Count => Clauses.Length;

        /// <summary>The run's clauses from <paramref name="at"/> on, <paramref name="take"/> of them (their sections are read only here).</summary>
        public IEnumerable<Section> Sections(int at, int take) => Clauses.Skip(at).Take(take).Select(i => Policy.Chinese.Sections[i]);

        public string Source { get; } = Policy.Id + "=" + BuildKeys.Policy(Policy);
    }

    /// <summary>
    /// Which of a policy's clauses name which unit, by clause number in <see cref="PolicyDocument.Sections"/>, written as
    /// one string (<c>unit:0,4,9;other-unit:2</c>): the store reads a string back much faster than a structure.
    /// </summary>
    private static class UnitClauses
    {
        public static string Write(Dictionary<string, List<int>> numbers) =>
            string.Join(';', numbers.Select(u => u.Key + ":" + string.Join(',', u.Value)));

        public static IEnumerable<(string Unit, int[] Clauses)> Read(string written) =>
            written.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            {
                var colon = part.LastIndexOf(':');
                return (part[..colon], part[(colon + 1)..].Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            });
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
                // Which of the policy's clauses name which unit, by clause number: kept between runs of generator build
                // under what it is made from (the policy's text; the units' names and aliases are in the global key), as
                // resolving every clause's units took 0.04-0.11 s of a rebuild after one edit at a thousand policies.
                var byUnit = PerPolicyStore.Shared.Get(policy.Id, "unit-clauses", RulesKey(policy, globalKey), () =>
                {
                    var sections = policy.Chinese.Sections;
                    var numbers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                    for (var i = 0; i < sections.Count; i++)
                    {
                        foreach (var unit in content.UnitsOf(sections[i]))
                        {
                            (numbers.TryGetValue(unit.Id, out var list) ? list : numbers[unit.Id] = []).Add(i);
                        }
                    }

                    return UnitClauses.Write(numbers);
                });
                return UnitClauses.Read(byUnit).Select(u => (u.Unit, Run: new UnitRun(policy, u.Clauses))).ToArray();
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

    /// <summary>
    /// How many rules a policy's clauses have, and how many of its measures have none (the checker's list of policies),
    /// kept between builds (<see cref="PerPolicyStore"/>) under what they are made from: counting reads every clause.
    /// </summary>
    public static (int Rules, int Other) CheckerCounts(ContentSet content, BilingualPolicy policy, string globalKey)
    {
        var counts = PerPolicyStore.Shared.Get(policy.Id, "checker-counts", RulesKey(policy, globalKey), () =>
        {
            var sections = policy.Chinese.Sections;
            var rules = sections.Sum(s => content.RulesFor(s.ClauseId).Count);
            var other = sections.Count(s => s.Kind == SectionKind.Measure && content.RulesFor(s.ClauseId).Count == 0);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rules} {other}");
        }).Split(' ');
        return (int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture));
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
