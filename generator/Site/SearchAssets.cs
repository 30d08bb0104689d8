using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site;

/// <summary>What the search page needs: its script and its language's index, each with a version for cache busting; the region filter's choices.</summary>
internal sealed record SearchPageView(string Script, string Index, IReadOnlyList<RegionChoice> Regions);

/// <summary>A region the lists and the search can be narrowed to.</summary>
internal sealed record RegionChoice(string Id, string Name);

/// <summary>
/// The static site's search index, one file per language (<c>assets/search-zh.json</c>): the same clauses as the
/// Lucene index, with the synonyms, the stop words and the ranking weights of the shared library, so that
/// templates/assets/search.js ranks as the server does. The script splits the texts itself when it loads them,
/// with the very function it applies to queries: the index and the queries can never be split differently.
/// Each clause points to its document (title, number, region, declared status) and carries the day its provisions
/// end, so that a hit names where it comes from and is marked ended on the reader's own date.
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
        return new SearchPageView(scriptUrl, $"{content.Site.BasePath}{path}?v={version}", RegionChoices(content, language));
    }

    /// <summary>
    /// The regions to filter by, once some policy is limited to one region (a single city-wide policy needs no filter);
    /// choosing a division also keeps the city-wide policies, which apply there too.
    /// </summary>
    public static IReadOnlyList<RegionChoice> RegionChoices(ContentSet content, string language) =>
        content.Policies.Any(p => !p.Region.CityWide)
            ? content.Regions.Regions.Select(r => new RegionChoice(r.Id, r.Name.In(language))).ToList()
            : [];

    public static byte[] Build(ContentSet content, string language)
    {
        var clauses = ClauseIndex.Clauses(content, language);
        var policies = content.Policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var several = policies.Select(p => p.Region.Id).Distinct().Count() > 1;
        var documentIndex = policies.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var index = new
        {
            lang = language,
            fields = new[] { "id", "url", "title", "text", "units", "doc", "until", "until_text" },
            weights = ClauseQuery.Weights,
            maxQueryLength = SearchText.MaxQueryLength,
            stop = SearchAnalyzers.EnglishStopWords,
            synonyms = content.Synonyms.In(language).Select(g => g.Words),
            documentFields = new[] { "id", "title", "number", "region", "region_name", "status_words", "title_lang", "number_lang" },
            documents = policies.Select(p => Document(p, language, several)),
            docs = clauses.Select(c =>
            {
                var until = Until(content, c);
                return new object[]
                {
                    c.Id, content.Site.BasePath + c.Path, c.Title, c.Text, c.Units(language), documentIndex[c.DocumentId],
                    until is { } u ? Written.Iso(u) : "", until is { } d ? Written.Date(d, language) : "",
                };
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(index, Json);
    }

    /// <summary>
    /// A document as a hit names it: its short title and number in the page's language where it has them (Chinese
    /// otherwise, then marked so), its region (named only when the policies span several), its declared status.
    /// </summary>
    private static string[] Document(BilingualPolicy policy, string language, bool severalRegions)
    {
        var chineseOnly = language == Languages.English && PolicyViews.IsChineseOnly(policy);
        var local = chineseOnly ? policy.Chinese : policy.In(language) ?? policy.Chinese;
        var title = local.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? local.Meta.Title;
        var number = local.Meta.DocNumber ?? policy.Meta.DocNumber ?? "";
        var zh = Languages.HtmlLang(Languages.Chinese);
        return
        [
            policy.Id,
            title,
            number,
            policy.Region.CityWide ? "" : policy.Region.Id,
            severalRegions ? policy.Region.Name.In(language) : "",
            policy.Status == PolicyStatus.InForce ? "" : policy.Status.Name().In(language),
            local.Language != language ? zh : "",
            language != Languages.Chinese && local.Meta.DocNumber is null && number.Length > 0 ? zh : "",
        ];
    }

    /// <summary>
    /// The last day of a clause's provisions: of its rules when every one of them ends, else of its policy when the
    /// policy has an end date; null when the clause has no end.
    /// </summary>
    private static DateOnly? Until(ContentSet content, SearchableClause clause)
    {
        var rules = content.RulesFor(clause.Id);
        if (rules.Count > 0 && rules.All(r => r.ValidUntil is not null))
        {
            return rules.Max(r => r.ValidUntil);
        }

        return content.FindPolicy(clause.DocumentId)?.Meta.ValidUntil;
    }
}
