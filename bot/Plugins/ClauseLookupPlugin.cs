using System.ComponentModel;
using Microsoft.SemanticKernel;
using Policy.Bot.Answering;
using Policy.Bot.Citations;

namespace Policy.Bot.Plugins;

/// <summary>The full text of a clause, for the model to quote from.</summary>
public sealed class ClauseLookupPlugin(BotKnowledge knowledge)
{
    [KernelFunction("get_clause")]
    [Description("Returns the full text of one clause by its id (document id and anchor joined by '#', e.g. <document-id>#measure-5): title, URL, text and its sentences. A quote in an answer must be copied exactly from these sentences.")]
    public string GetClause(
        [Description("The clause id, document id and anchor joined by '#', e.g. <document-id>#measure-8.")] string id,
        [Description("The language of the text: zh or en.")] string language = "zh")
    {
        var lang = PluginJson.Language(language);
        var section = knowledge.Clause(id ?? "", lang);
        if (section is null)
        {
            return PluginJson.Write(new { error = $"no clause '{id}'" });
        }

        var units = knowledge.Content.UnitsOf(knowledge.Content.FindClause(section.ClauseId) ?? section).Select(u => u.Name.In(lang));
        return PluginJson.Write(new
        {
            id = section.ClauseId,
            title = section.Title,
            url = knowledge.Cite(section.ClauseId, lang, "")?.Url,
            text = section.Text,
            sentences = ClauseSentences.Of(section),
            responsible_units = units,
        });
    }
}
