using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site;

/// <summary>What the search page needs: its script and its language's index, each with a version for cache busting.</summary>
internal sealed record SearchPageView(string Script, string Index);

/// <summary>
/// The static site's search index, one file per language (<c>assets/search-zh.json</c>): the same clauses as the
/// Lucene index, with the synonyms, the stop words and the ranking weights of the shared library, so that
/// templates/assets/search.js ranks as the server does. The script splits the texts itself when it loads them,
/// with the very function it applies to queries: the index and the queries can never be split differently.
/// </summary>
internal static class SearchAssets
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable (and a third of the size of \u escapes); HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string FileName(string language) => $"search-{language}.json";

    /// <summary>Adds the index of <paramref name="language"/> to the site and returns the search page's asset URLs.</summary>
    public static SearchPageView Add(ContentSet content, SiteOutput output, string language, string scriptUrl)
    {
        var bytes = Build(content, language);
        var path = $"{AssetCopier.Folder}/{FileName(language)}";
        output.Add(path, bytes);
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        return new SearchPageView(scriptUrl, $"{content.Site.BasePath}{path}?v={version}");
    }

    public static byte[] Build(ContentSet content, string language)
    {
        var clauses = ClauseIndex.Clauses(content, language);
        var index = new
        {
            lang = language,
            fields = new[] { "id", "url", "title", "text", "units" },
            weights = ClauseQuery.Weights,
            maxQueryLength = SearchText.MaxQueryLength,
            stop = SearchAnalyzers.EnglishStopWords,
            synonyms = content.Synonyms.In(language).Select(g => g.Words),
            docs = clauses.Select(c => new[] { c.Id, content.Site.BasePath + c.Path, c.Title, c.Text, c.Units(language) }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(index, Json);
    }
}
