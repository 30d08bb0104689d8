using System.ComponentModel;
using Microsoft.SemanticKernel;
using Policy.Bot.Answering;
using Policy.Knowledge.Content;

namespace Policy.Bot.Plugins;

/// <summary>Who is responsible for what: the responsible units (责任单位) of the clauses.</summary>
public sealed class UnitsPlugin(BotKnowledge knowledge)
{
    [KernelFunction("units_for_clause")]
    [Description("Lists the responsible units (责任单位) named by a clause, with their official names and site pages: whom to contact about that measure.")]
    public string UnitsForClause(
        [Description("The clause id: document id and anchor joined by '#', as policy search returns it.")] string clauseId,
        [Description("The language of the names: zh or en.")] string language = "zh")
    {
        var lang = PluginJson.Language(language);
        var section = knowledge.Content.FindClause(clauseId ?? "");
        return section is null
            ? PluginJson.Write(new { error = $"no clause '{clauseId}'" })
            : PluginJson.Write(knowledge.Content.UnitsOf(section).Select(u => Describe(u, lang)));
    }

    [KernelFunction("clauses_for_unit")]
    [Description("Finds a responsible unit by any of its names (e.g. 市税务局, tax) and lists the clauses it is responsible for.")]
    public string ClausesForUnit(
        [Description("A unit name or alias in Chinese, or its English name or id.")] string name,
        [Description("The language of the answer: zh or en.")] string language = "zh")
    {
        var lang = PluginJson.Language(language);
        var text = (name ?? "").Trim();
        var unit = knowledge.Content.Units.Resolve(text) ?? knowledge.Content.Units.Find(text)
            ?? knowledge.Content.Units.Units.FirstOrDefault(u => text.Length > 1 && u.Name.En.Contains(text, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            return PluginJson.Write(new { error = $"no unit named '{name}'" });
        }

        var clauses = knowledge.Content.SectionsFor(unit).Select(s => new { id = s.ClauseId, title = knowledge.Clause(s.ClauseId, lang)?.Title });
        return PluginJson.Write(new { unit = Describe(unit, lang), clauses });
    }

    private object Describe(Unit unit, string language) => new
    {
        id = unit.Id,
        name = unit.Name.In(language),
        page = knowledge.Content.Site.AbsoluteUrl(SiteLinks.Unit(language, unit.Id)),
    };
}
