using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Rules;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Content;

/// <summary>Everything read from <c>content/</c>: settings, units and policies.</summary>
public sealed class ContentSet
{
    public required string Root { get; init; }

    private SiteSettings site = null!;

    public required SiteSettings Site { get => site; init => site = value; }

    public required UnitDirectory Units { get; init; }

    public required IReadOnlyList<BilingualPolicy> Policies { get; init; }

    /// <summary>The everyday words readers search with (<c>content/synonyms.yml</c>); empty when there is no such file.</summary>
    public SynonymSet Synonyms { get; init; } = SynonymSet.Empty;

    /// <summary>The facts the eligibility rules read (content/facts.yml); empty when there is no such file.</summary>
    public FactSchema Facts { get; init; } = FactSchema.Empty;

    /// <summary>The places policies apply to (content/regions.yml); empty when there is no such file.</summary>
    public RegionDirectory Regions { get; init; } = RegionDirectory.Empty;

    /// <summary>Every eligibility rule, in the order of the policies and of the clauses within them.</summary>
    public IReadOnlyList<Rule> Rules { get; init; } = [];

    /// <summary>The rules of the policies in force: what the checker and the bot evaluate. Repealed and expired policies keep their rule boxes on their own pages.</summary>
    public IReadOnlyList<Rule> RulesInForce => rulesInForce ??= Rules.Where(r => FindPolicy(r.DocumentId)?.Status.Applies() ?? true).ToList();

    private IReadOnlyList<Rule>? rulesInForce;

    /// <summary>
    /// The relations of a policy in both directions: those its own front matter records and those other policies
    /// record about it ("supersedes X" on X's page reads "replaced by …"). Ids that name no policy are left out.
    /// </summary>
    public IReadOnlyList<PolicyRelation> RelationsOf(string policyId)
    {
        var relations = new List<PolicyRelation>();
        if (FindPolicy(policyId) is { } policy)
        {
            relations.AddRange(PolicyRelation.Recorded(policy.Meta).SelectMany(r => r.Ids.Where(id => FindPolicy(id) is not null).Select(id => new PolicyRelation(r.Kind, id, Inverse: false))));
        }

        if (Lookups.RelationsNaming.TryGetValue(policyId, out var naming))
        {
            relations.AddRange(naming);
        }

        return relations.Distinct().ToList();
    }

    /// <summary>The policy that replaced or repealed this one, if another policy in the content says so; the newest when several do.</summary>
    public BilingualPolicy? ReplacementOf(string policyId) =>
        RelationsOf(policyId).Where(r => r.IsReplacement).Select(r => FindPolicy(r.OtherId)).OfType<BilingualPolicy>().FirstOrDefault();

    public IReadOnlyList<Rule> RulesFor(string clauseId) => Lookups.RulesByClause.TryGetValue(clauseId, out var rules) ? rules : [];

    /// <summary>The rules of one policy, in order.</summary>
    public IReadOnlyList<Rule> RulesOf(string policyId) => Lookups.RulesByDocument.TryGetValue(policyId, out var rules) ? rules : [];

    public Rule? FindRule(string id) => Lookups.RulesById.GetValueOrDefault(id);

    public BilingualPolicy? FindPolicy(string id) => Lookups.PoliciesById.GetValueOrDefault(id);

    /// <summary>Finds a clause by its id, e.g. <c>jincheng-2022-67#measure-5</c>.</summary>
    public Section? FindClause(string clauseId, string language = Languages.Chinese)
    {
        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0)
        {
            return null;
        }

        var policy = FindPolicy(clauseId[..hash]);
        var document = policy?.In(language) ?? policy?.Chinese;
        return document?.Find(clauseId[(hash + 1)..]);
    }

    /// <summary>The resolved units of a section, in the order the text names them; unknown names are skipped.</summary>
    public IReadOnlyList<Unit> UnitsOf(Section section) =>
        section.UnitNames.Select(Units.Resolve).OfType<Unit>().DistinctBy(u => u.Id).ToList();

    /// <summary>Sections that name the unit, across all policies, in document order.</summary>
    public IReadOnlyList<Section> SectionsFor(Unit unit) => (sectionsByUnit ??= SectionsByUnit()).TryGetValue(unit.Id, out var sections) ? sections : [];

    // Apart from the other lookups, which every build and start needs: resolving every clause's units is most of their
    // cost (0.13 s of the bot's start at a thousand policies), and only the bot's units tool asks for it.
    private Dictionary<string, IReadOnlyList<Section>>? sectionsByUnit;

    private Dictionary<string, IReadOnlyList<Section>> SectionsByUnit() => Policies
        .SelectMany(p => p.Chinese.Sections)
        .SelectMany(s => UnitsOf(s).Select(u => (Unit: u.Id, Section: s)))
        .GroupBy(x => x.Unit, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<Section>)g.Select(x => x.Section).ToList(), StringComparer.Ordinal);

    // Built once, on first use, from the immutable lists above: lookups by id instead of scans (a scan per section made
    // policy pages quadratic in the corpus).
    private Indexes Lookups => indexes ??= new Indexes(this);

    private Indexes? indexes;

    private sealed class Indexes
    {
        public Indexes(ContentSet content)
        {
            PoliciesById = content.Policies.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            RulesById = content.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            RulesByClause = content.Rules.GroupBy(r => r.ClauseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Rule>)g.ToList(), StringComparer.Ordinal);
            RulesByDocument = content.Rules.GroupBy(r => r.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Rule>)g.ToList(), StringComparer.Ordinal);
            RelationsNaming = content.Policies
                .SelectMany(other => PolicyRelation.Recorded(other.Meta).SelectMany(r => r.Ids.Where(id => id != other.Id).Select(id => (Id: id, Relation: new PolicyRelation(r.Kind, other.Id, Inverse: true)))))
                .GroupBy(x => x.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Relation).ToList(), StringComparer.Ordinal);
        }

        public Dictionary<string, BilingualPolicy> PoliciesById { get; }

        public Dictionary<string, Rule> RulesById { get; }

        public Dictionary<string, IReadOnlyList<Rule>> RulesByClause { get; }

        public Dictionary<string, IReadOnlyList<Rule>> RulesByDocument { get; }

        /// <summary>For each policy id, the relations other policies record about it ("supersedes X"), seen from X.</summary>
        public Dictionary<string, List<PolicyRelation>> RelationsNaming { get; }
    }

    public static (ContentSet? Content, DiagnosticBag Diagnostics) Load(string root) => ContentLoader.Load(root);

    /// <summary>The same content published at another address (<c>build --base-url</c>, the bot's <c>Bot:PublicBaseUrl</c>).</summary>
    public ContentSet WithBaseUrl(string baseUrl)
    {
        var copy = (ContentSet)MemberwiseClone();
        copy.site = site.WithBaseUrl(baseUrl);
        return copy;
    }
}
