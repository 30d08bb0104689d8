using System.CommandLine;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator search "&lt;query&gt;"</c>: what a question finds, ranked, exactly as the bot's search finds it.
/// It searches the index the last <c>generator build</c> wrote, with the documents it parsed, while that index is newer
/// than every content file; after an edit it indexes content/ in memory instead: always current, nothing stale.
/// </summary>
internal static partial class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Staff read the output: keep Chinese as Chinese rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What a reader would type, e.g. 刻章要钱吗 or \"rent waiver\"" };
        var lang = new Option<string?>("--lang") { Description = "zh or en (default: zh when the query has Chinese characters, else en)" };
        lang.AcceptOnlyFromAmong(Languages.All.ToArray());
        var top = new Option<int>("--top") { Description = "How many results", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > ClauseSearcher.MaxTop) { r.AddError($"--top must be between 1 and {ClauseSearcher.MaxTop}"); } });
        var json = new Option<bool>("--json") { Description = "Print a JSON array (id, title, snippet, url, score, …)" };
        var document = new Option<string?>("--doc") { Description = "Search one policy only, by its id (e.g. jincheng-2022-67)" };
        var content = CommonOptions.Content();
        var command = new Command("search", "Search the clauses as the site and the bot do") { query, lang, top, json, document, content };
        command.SetAction(parse => Run(
            parse.GetValue(query)!, parse.GetValue(lang), parse.GetValue(top), parse.GetValue(json), parse.GetValue(document), parse.GetValue(content), Console.Out));
        return command;
    }

    public static int Run(string query, string? language, int top, bool json, string? documentId, string? contentOption, TextWriter output)
    {
        var contentRoot = CommonOptions.ResolveContent(contentOption);
        if (contentRoot is null)
        {
            return 2;
        }

        var index = BuiltIndex.StartOpening(contentRoot);
        DocumentCache.Shared.LoadFrom(Path.Combine(BuiltIndex.RepositoryRoot(contentRoot), DocumentCache.BuiltFile));
        var (content, diagnostics) = ContentLoader.Load(contentRoot);
        if (content is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics, StaffLanguage.Resolve(null));
            return 1;
        }

        if (documentId is not null && content.FindPolicy(documentId) is null)
        {
            Console.Error.WriteLine($"error: no policy with id '{documentId}' (known: {string.Join(", ", content.Policies.Select(p => p.Id))})");
            return 2;
        }

        using var searcher = index.Finish(content) ?? ClauseSearcher.InMemory(content);
        var results = searcher.Search(query, language, top, documentId);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(results, Json));
            return 0;
        }

        if (results.Count == 0)
        {
            output.WriteLine("no clauses found");
        }

        foreach (var (result, rank) in results.Select((r, i) => (r, i + 1)))
        {
            output.WriteLine($"{rank}. {result.Id}  score {result.Score:0.00}");
            output.WriteLine($"   {result.Title}");
            output.WriteLine($"   {PlainSnippet(result.Snippet)}");
            output.WriteLine($"   {result.AbsoluteUrl}");
        }

        return 0;
    }

    /// <summary>The HTML snippet for a terminal: matches in [brackets], entities decoded, on one line.</summary>
    private static string PlainSnippet(string html) =>
        WebUtility.HtmlDecode(html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal)) is var text
            ? Whitespace().Replace(text, " ")
            : "";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
