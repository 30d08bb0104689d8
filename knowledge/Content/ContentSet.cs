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

    /// <summary>Every eligibility rule, in the order of the policies and of the clauses within them.</summary>
    public IReadOnlyList<Rule> Rules { get; init; } = [];

    public IReadOnlyList<Rule> RulesFor(string clauseId) => Rules.Where(r => r.ClauseId == clauseId).ToList();

    public Rule? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    public BilingualPolicy? FindPolicy(string id) => Policies.FirstOrDefault(p => p.Id == id);

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
    public IEnumerable<Section> SectionsFor(Unit unit) =>
        Policies.SelectMany(p => p.Chinese.Sections).Where(s => UnitsOf(s).Contains(unit));

    public static (ContentSet? Content, DiagnosticBag Diagnostics) Load(string root) => ContentLoader.Load(root);

    /// <summary>The same content published at another address (<c>build --base-url</c>, the bot's <c>Bot:PublicBaseUrl</c>).</summary>
    public ContentSet WithBaseUrl(string baseUrl)
    {
        var copy = (ContentSet)MemberwiseClone();
        copy.site = site.WithBaseUrl(baseUrl);
        return copy;
    }
}
