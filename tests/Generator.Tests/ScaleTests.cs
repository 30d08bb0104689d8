using AngleSharp.Html.Parser;
using Policy.Generator.Site;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

/// <summary>A few hundred policies: the build succeeds, no page is cut short, and every page stays light enough for a phone.</summary>
public sealed class ScaleTests(ScaleFixture corpus) : IClassFixture<ScaleFixture>
{
    private SiteOutput Output => corpus.Result.Output ?? throw new InvalidOperationException("the corpus did not build:\n" + string.Join("\n", corpus.Result.Diagnostics.Sorted().Take(20)));

    [Fact]
    public void The_corpus_builds_without_errors_or_warnings()
    {
        TestContext.Current.SendDiagnosticMessage($"{ScaleFixture.Policies} policies: {Output.PageCount} pages, {Output.TotalBytes / 1024} KB, built in {corpus.BuildTime.TotalSeconds:0.0} s");
        // A warning on every build (say, every English section stale) would hide a real one and slow each build.
        Assert.Empty(corpus.Result.Diagnostics.Items.Select(d => d.ToString()).Take(5));
        Assert.Equal(ScaleFixture.Policies, corpus.Result.Content!.Policies.Count);
    }

    [Fact]
    public void Every_page_is_whole_and_under_the_weight_limit()
    {
        var pages = Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.All(pages, page =>
        {
            Assert.True(page.Value.Length <= RenderLimits.PageBytes, $"{page.Key} weighs {page.Value.Length} bytes");
            Assert.EndsWith("</html>\n", System.Text.Encoding.UTF8.GetString(page.Value), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_policy_page_has_every_section_of_its_policy()
    {
        var parser = new HtmlParser();
        foreach (var policy in corpus.Result.Content!.Policies)
        {
            foreach (var lang in new[] { "zh", "en" })
            {
                var page = parser.ParseDocument(Output.Text($"{lang}/policies/{policy.Id}/index.html")!);
                var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                Assert.All(policy.Chinese.Sections, s => Assert.Contains(s.Anchor, ids));
            }
        }
    }

    [Fact]
    public void Unit_pages_split_a_long_list_into_pages_that_together_list_every_clause()
    {
        var parser = new HtmlParser();
        var content = corpus.Result.Content!;
        var paged = 0;
        foreach (var unit in content.Units.Units.Where(u => content.SectionsFor(u).Count > 0))
        {
            var links = new List<string>();
            var first = parser.ParseDocument(Output.Text($"zh/units/{unit.Id}/index.html")!);
            var pages = first.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var url in pages.Count == 0 ? new List<string> { $"/zh/units/{unit.Id}/" } : pages)
            {
                var page = parser.ParseDocument(Output.Text(url.TrimStart('/') + "index.html")!);
                var cards = page.QuerySelectorAll("main .cards a.card-title").Select(a => a.GetAttribute("href")!).ToList();
                Assert.InRange(cards.Count, 1, PageRenderer.UnitPageSize);
                links.AddRange(cards);
            }

            paged += pages.Count > 1 ? 1 : 0;
            Assert.Equal(content.SectionsFor(unit).Select(s => $"/zh/policies/{s.DocumentId}/#{s.Anchor}"), links);
        }

        Assert.True(paged > 0, "no unit has more than one page: the corpus is too small to test pagination");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_policy_list_is_split_into_pages_listing_every_policy_once_and_home_links_to_it(string lang)
    {
        var parser = new HtmlParser();
        var first = parser.ParseDocument(Output.Text($"{lang}/policies/index.html")!);
        var pages = first.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")!).ToList();
        var listed = pages.SelectMany(url => parser.ParseDocument(Output.Text(url.TrimStart('/') + "index.html")!)
            .QuerySelectorAll("#policy-list a.card-title").Select(a => a.GetAttribute("href")!)).ToList();

        Assert.Equal((ScaleFixture.Policies + PageRenderer.PolicyPageSize - 1) / PageRenderer.PolicyPageSize, pages.Count);
        Assert.Equal(corpus.Result.Content!.Policies.Select(p => $"/{lang}/policies/{p.Id}/"), listed);
        var home = parser.ParseDocument(Output.Text($"{lang}/index.html")!);
        Assert.Equal(PageRenderer.HomePolicies, home.QuerySelectorAll("main .cards a.card-title").Length);
        Assert.Contains(home.QuerySelectorAll($"main p a[href='/{lang}/policies/']"), a => a.TextContent.Contains(ScaleFixture.Policies.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_lists_every_page_in_both_languages()
    {
        var sitemap = Output.Text("sitemap.xml")!;
        var pages = Output.Files.Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal) && (k.StartsWith("zh/", StringComparison.Ordinal) || k.StartsWith("en/", StringComparison.Ordinal))).ToList();

        Assert.All(pages, page => Assert.Contains($"/{page[..^"index.html".Length]}</loc>", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public void After_one_policy_is_edited_the_incremental_build_equals_a_full_build()
    {
        // As staff edit: a sentence added to the first measure's summary line (要点).
        var (policy, incremental, full) = EditFirstPolicyAndBuild(text =>
        {
            var end = text.IndexOf("。\n", text.IndexOf("{#measure-", StringComparison.Ordinal), StringComparison.Ordinal);
            return text[..end] + "。本条另行通知" + text[end..];
        });

        // Its pages, and the lists, unit pages and search page it is on: a few pages out of hundreds (data files aside).
        var changed = incremental.Changed.ToList();
        Assert.Contains($"zh/policies/{policy}/index.html", changed);
        Assert.InRange(changed.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), 1, 30);
        TestContext.Current.SendDiagnosticMessage($"incremental build after one edit: {changed.Count} of {full.Files.Count} files changed: {string.Join(", ", changed.Take(20))}");
    }

    [Fact]
    public void After_a_clause_text_is_edited_the_search_index_rewrites_only_the_blocks_of_files_it_changed()
    {
        // A word added to the first sentence of the first measure's text (after its summary line).
        var (_, incremental, full) = EditFirstPolicyAndBuild(text => AfterFirstSentence(text, "，并及时公开"));

        // The Chinese index changed (its entry names the blocks that did), and the edited clause's score changed in the
        // postings of every term it holds, scattered over the chunks; the other blocks kept their names and bytes (before,
        // every file of the index was renamed).
        var search = Output.Files.Keys.Count(f => f.StartsWith("assets/search/zh/", StringComparison.Ordinal));
        var rewritten = incremental.Changed.Count(f => f.StartsWith("assets/search/zh/", StringComparison.Ordinal));
        TestContext.Current.SendDiagnosticMessage($"clause edit: {rewritten} of {search} Chinese search files rewritten");
        Assert.Contains("assets/search-zh.json", incremental.Changed);
        Assert.InRange(rewritten, 1, search / 2);
        // Updated from the last build's index, not made again from every policy's analysis.
        Assert.Equal(1, incremental.IndexStates["zh"].Updated);
        Assert.Equal(0, full.IndexStates["zh"].Updated);
    }

    [Fact]
    public void Successive_edits_update_the_search_index_from_the_last_build_and_each_equals_a_full_build()
    {
        using var copy = TempContent.OfContent(corpus.Content);
        var policies = corpus.Result.Content!.Policies.Select(p => p.Id).Where(id => !id.StartsWith("jincheng", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var (first, second) = (policies[0], policies[^1]);
        var last = Output;
        // As staff edit, one save after another: words added and taken out of clauses, a new word nowhere else, two
        // policies at once, the English.
        var edits = new (string File, Func<string, string> Change, string Language)[]
        {
            ($"policies/{first}/zh.md", text => AfterFirstSentence(text, "，并及时公开"), "zh"),
            ($"policies/{first}/zh.md", text => text.Replace("，并及时公开", "", StringComparison.Ordinal), "zh"),
            ($"policies/{second}/zh.md", text => AfterFirstSentence(text, "，另设窗口受理豌豆黄投诉"), "zh"),
            ($"policies/{first}/en.md", text => AfterFirstSentence(text, " and publish it promptly", '.'), "en"),
        };
        foreach (var (file, change, language) in edits)
        {
            copy.Edit(file, change);
            var incremental = SiteBuilder.Build(copy.Content, RepoPaths.Templates, baseUrl: null, cache: SiteCache.InMemory(last)).Output!;
            var full = SiteBuilder.Build(copy.Content, RepoPaths.Templates, baseUrl: null).Output!;

            Assert.Equal(full.Files.Keys, incremental.Files.Keys);
            Assert.All(full.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(incremental.Files[f.Key]), $"after editing {file}: {f.Key} differs from a full build"));
            Assert.Equal(1, incremental.IndexStates[language].Updated);
            last = incremental;
        }
    }

    [Fact]
    public void A_clause_added_makes_the_search_index_again_and_it_equals_a_full_build()
    {
        // A part with no text of its own (三、工作措施) is given some, which makes it a clause.
        var (_, incremental, _) = EditFirstPolicyAndBuild(text =>
        {
            var at = text.IndexOf('\n', text.IndexOf("{#measures .part}", StringComparison.Ordinal));
            return text[..at] + "\n\n各项措施由各责任单位分别组织实施。" + text[at..];
        });

        // Every later clause moved: the index is made from the analyses, not updated.
        Assert.Equal(0, incremental.IndexStates["zh"].Updated);
    }

    /// <summary>A text added before the end of the first sentence of the first measure's text (after its summary line).</summary>
    private static string AfterFirstSentence(string text, string added, char end = '。')
    {
        var summary = text.IndexOf("\n> ", text.IndexOf("{#measure-", StringComparison.Ordinal), StringComparison.Ordinal);
        var at = text.IndexOf(end, text.IndexOf("\n\n", summary + 1, StringComparison.Ordinal));
        return text[..at] + added + text[at..];
    }

    /// <summary>
    /// Edits the Chinese text of the first generated policy in a copy of the corpus, then builds it incrementally from the
    /// corpus's build and fully; asserts both sites are the same, byte for byte.
    /// </summary>
    private (string Policy, SiteOutput Incremental, SiteOutput Full) EditFirstPolicyAndBuild(Func<string, string> edit)
    {
        using var copy = TempContent.OfContent(corpus.Content);
        var policy = corpus.Result.Content!.Policies.Select(p => p.Id).Where(id => !id.StartsWith("jincheng", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        copy.Edit($"policies/{policy}/zh.md", edit);

        var incremental = SiteBuilder.Build(copy.Content, RepoPaths.Templates, baseUrl: null, cache: SiteCache.InMemory(Output)).Output;
        var full = SiteBuilder.Build(copy.Content, RepoPaths.Templates, baseUrl: null).Output;

        Assert.NotNull(incremental);
        Assert.NotNull(full);
        Assert.Equal(full.Files.Keys, incremental.Files.Keys);
        Assert.All(full.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(incremental.Files[file.Key]), $"{file.Key} differs from a full build"));
        return (policy, incremental, full);
    }
}
