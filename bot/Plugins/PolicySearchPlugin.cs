using System.ComponentModel;
using Microsoft.SemanticKernel;
using Policy.Bot.Answering;

namespace Policy.Bot.Plugins;

/// <summary>Lucene search over the policy's clauses, for the model.</summary>
public sealed class PolicySearchPlugin(BotKnowledge knowledge)
{
    [KernelFunction("search")]
    [Description("Searches every policy on this site (the system message names them) and returns the best matching clauses, best first, each with its id (document id and anchor joined by '#', e.g. <document-id>#measure-5), title, snippet and URL. Call this before answering any policy question; cite only clauses it or clause lookup returned.")]
    public string Search(
        [Description("The user's question or keywords, in Chinese or English.")] string query,
        [Description("The answer language: zh or en.")] string language = "zh",
        [Description("How many clauses to return, 1 to 10.")] int top = 5)
    {
        var lang = PluginJson.Language(language);
        var hits = knowledge.Retriever.Search(query ?? "", lang, Math.Clamp(top, 1, 10), snippets: true);
        return PluginJson.Write(hits.Select(hit =>
        {
            var section = knowledge.Clause(hit.ClauseId, lang);
            var citation = knowledge.Cite(hit.ClauseId, lang, "");
            return new { id = hit.ClauseId, title = section?.Title, snippet = hit.Snippet, url = citation?.Url, score = Math.Round(hit.Score, 3) };
        }));
    }
}
