using System.Globalization;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Scriban.Runtime;

namespace Policy.Generator.Site;

/// <summary>Renders every page of the site, in both languages, through the Scriban templates.</summary>
internal sealed class PageRenderer(
    ContentSet content,
    TemplateSet templates,
    IReadOnlyDictionary<string, LocalizedText> strings,
    SiteOutput output,
    DiagnosticBag diagnostics,
    Func<string, string> display,
    DateOnly buildDate,
    string globalKey,
    bool deferSearch = false)
{
    /// <summary>
    /// True when the search index was kept from the last good build instead of made again (<c>deferSearch</c>, for the
    /// preview: the saved page is served first, and a second build brings the search index up to date).
    /// </summary>
    public bool SearchDeferred { get; private set; }

    private readonly SiteSettings site = content.Site;
    private readonly StatusViews statuses = new(content, strings, buildDate);
    private PolicyViews PolicyViews => field ??= new(content, strings, statuses);

    public void RenderAll()
    {
        // A rebuild makes each language's search data on a thread of its own while the pages render (it was most of a
        // rebuild after a clause edit, on one core: docs/benchmarks.md); only the search pages wait for it. A full build
        // makes it on this thread, after each language's unit pages, while the Lucene index has the second core (made
        // beside the pages, it raised a full build's peak memory in no less time).
        var scriptUrl = AssetUrl("search.js");
        var searches = output.Incremental ? Languages.All.ToDictionary(lang => lang, lang => Task.Run(() => Search(lang, scriptUrl)), StringComparer.Ordinal) : null;
        if (searches is null)
        {
            RenderPages(lang => Search(lang, scriptUrl), searchLast: false);
            return;
        }

        try
        {
            RenderPages(lang => searches[lang].GetAwaiter().GetResult(), searchLast: true);
        }
        finally
        {
            // Never left running after a failed render: they add files to the output.
            try
            {
                Task.WaitAll(searches.Values);
            }
            catch (AggregateException)
            {
                // A search's own error, if any, was thrown by its search page (or the render had failed first).
            }
        }
    }

    /// <param name="searchLast">
    /// The search pages after every other page (their data is being made meanwhile), not after each language's unit
    /// pages: a full build at a thousand policies peaked 60-100 MB higher with its search data made last.
    /// </param>
    private void RenderPages(Func<string, SearchPageView> search, bool searchLast)
    {
        void SearchPage(string lang)
        {
            Page(lang, "search", SiteLinks.Search(lang), T("search", lang), T("search_intro", lang), new() { ["search"] = search(lang) });
            BuildTimings.Mark($"{lang}: search page and data");
        }

        foreach (var lang in Languages.All)
        {
            // A list page is keyed by its cards' hashes (each kept between builds under its policy's key): it is
            // rendered, and its cards made, only when a card on it, the number of pages or the regions changed.
            var cards = Cards(lang);
            var homeKey = BuildKeys.Of([globalKey, "home", lang, cards.Count.ToString(CultureInfo.InvariantCulture), .. cards.Take(HomePolicies).Select(c => c.Key)]);
            if (!Kept(lang, SiteLinks.Home(lang), homeKey))
            {
                Page(lang, "home", SiteLinks.Home(lang), site.Title.In(lang), site.Description.In(lang),
                    new() { ["policies"] = cards.Take(HomePolicies).Select(c => c.View()).ToList(), ["policy_total"] = cards.Count }, key: homeKey);
            }

            BuildTimings.Mark($"{lang}: cards, home");
            var listPages = cards.Chunk(PolicyPageSize).ToList();
            var regions = SearchAssets.RegionChoices(content, lang);
            var regionsKey = KeyJson.Text(regions);
            string ListPath(int page) => page == 0 ? SiteLinks.Policies(lang) : $"{SiteLinks.Policies(lang)}page/{page + 1}/";
            for (var page = 0; page < listPages.Count; page++)
            {
                var key = BuildKeys.Of([globalKey, "policies", lang, $"{page}/{listPages.Count}", regionsKey, .. listPages[page].Select(c => c.Key)]);
                if (Kept(lang, ListPath(page), key))
                {
                    continue;
                }

                var shown = listPages[page].Select(c => c.View()).ToList();
                var filters = new
                {
                    Issuers = shown.Select(p => p.Issuer).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                    Years = shown.Select(p => p.Year).OfType<int>().Distinct().OrderDescending().ToList(),
                    Topics = shown.Select(p => p.Topic).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                    // Offered once a policy is limited to one region; choosing a division also shows the city-wide policies.
                    Regions = regions,
                };
                Page(lang, "policies", ListPath(page), T("policies", lang), T("policies_intro", lang), new()
                {
                    ["policies"] = shown,
                    ["filters"] = filters,
                    ["pager"] = Pager(listPages.Count, page, ListPath),
                }, key: key);
            }

            BuildTimings.Mark($"{lang}: list pages");
            foreach (var policy in content.Policies)
            {
                // Keyed by what the page is made from, so an unchanged policy's page is kept without building its view.
                var path = SiteLinks.Policy(lang, policy.Id);
                var key = PolicyKey(policy, lang);
                if (Kept(lang, path, key))
                {
                    continue;
                }

                var view = PolicyViews.Full(policy, lang);
                Page(lang, "policy", path, view.Title, policy.Meta.ShortTitle ?? view.Title,
                    new() { ["policy"] = view }, jsonLd: JsonLd.Legislation(policy, lang, site), key: key);
            }

            BuildTimings.Mark($"{lang}: policy pages");
            var runs = PerPolicy.UnitRuns(content, globalKey);
            BuildTimings.Mark($"{lang}: unit runs");
            var units = content.Units.Units.Select(u => UnitPages(u, lang, runs.GetValueOrDefault(u.Id) ?? [])).Where(pages => pages.Count > 0).ToList();
            BuildTimings.Mark($"{lang}: unit page keys");
            Page(lang, "units", SiteLinks.Units(lang), T("units", lang), T("units_intro", lang), new() { ["units"] = units.Select(pages => pages[0].Frame).ToList() });
            foreach (var (frame, key, shown, pager) in units.SelectMany(pages => pages))
            {
                var path = frame.Url[site.BasePath.Length..];
                if (!Kept(lang, path, key))
                {
                    var lines = shown.SelectMany(s => s.Run.Sections(s.At, s.Take).Select(section => UnitLine(s.Run.Policy, section, lang))).ToList();
                    var unit = frame with { Clauses = lines, Pages = pager() };
                    Page(lang, "unit", path, unit.Name, unit.Name, new() { ["unit"] = unit }, key: key);
                }
            }

            BuildTimings.Mark($"{lang}: unit pages");
            if (!searchLast)
            {
                SearchPage(lang);
            }

            if (templates.Has("pages/check"))
            {
                var checker = new RuleViews(content, strings, statuses).Checker(lang, RulesDataUrl(), AssetUrl("rules.js"), AssetUrl("checker.js"), globalKey);
                Page(lang, "check", SiteLinks.Check(lang), T("check", lang), T("check_intro", lang), new() { ["checker"] = checker });
            }

            BuildTimings.Mark($"{lang}: checker page");
        }

        foreach (var lang in searchLast ? Languages.All : [])
        {
            SearchPage(lang);
        }

        RenderRootFiles();
        BuildTimings.Mark("root files, sitemap");
    }

    private void RenderRootFiles()
    {
        var globals = Globals(Languages.Chinese, PageFor(Languages.Chinese, "root", "", site.Title.Zh, site.Description.Zh, null));
        output.Add("index.html", templates.Render("pages/root", globals, "index.html", diagnostics, display));
        var notFound = Globals(Languages.Chinese, PageFor(Languages.Chinese, "404", "404.html", T("not_found", Languages.Chinese), "", null) with { NoIndex = true });
        output.Add("404.html", Layout(notFound, templates.Render("pages/404", notFound, "404.html", diagnostics, display), "404.html"));

        // Made from the pages' paths and what the global key covers (the site's address, the templates).
        var paths = sitemapEntries.Order(StringComparer.Ordinal).ToList();
        var sitemapKey = BuildKeys.Of([globalKey, "sitemap", .. paths]);
        if (!output.TryKeep("sitemap.xml", sitemapKey))
        {
            var entries = paths.Select(path => new
            {
                Loc = site.AbsoluteUrl(path),
                Alternates = Alternates(path),
            }).ToList();
            var sitemap = new ScriptObject { ["entries"] = entries };
            output.Add("sitemap.xml", templates.Render("sitemap", sitemap, "sitemap.xml", diagnostics, display), sitemapKey);
        }
        output.Add("robots.txt", templates.Render("robots", new ScriptObject { ["sitemap_url"] = site.AbsoluteUrl("sitemap.xml") }, "robots.txt", diagnostics, display));
    }

    private readonly List<string> sitemapEntries = [];

    /// <param name="key">What the page is made from, when the caller knew it without the data (and has called <see cref="Kept"/>); otherwise the data is hashed.</param>
    private void Page(string lang, string kind, string path, string title, string description, Dictionary<string, object> data, string? jsonLd = null, string? key = null)
    {
        var page = PageFor(lang, kind, path, title, description, jsonLd);
        if (key is null && Kept(lang, path, key = BuildKeys.OfData(globalKey, page, data)))
        {
            return;
        }

        var globals = Globals(lang, page);
        foreach (var (name, value) in data)
        {
            globals[name] = value;
        }

        var file = path + "index.html";
        var body = templates.Render($"pages/{kind}", globals, file, diagnostics, display);
        output.Add(file, Layout(globals, body, file), key);
    }

    /// <summary>Lists the page in the sitemap, and keeps the last good build's file when it was made from the same key.</summary>
    private bool Kept(string lang, string path, string key)
    {
        if (lang == Languages.Chinese)
        {
            sitemapEntries.Add(path);
        }

        return output.TryKeep(path + "index.html", key);
    }

    /// <summary>A policy's card in the lists: its id and hash as a key, and its view, made when first asked for.</summary>
    private sealed record Card(string Key, Func<PolicyView> View);

    /// <summary>
    /// Every policy's card in list order. A card is made from what the policy's page is made from (<see cref="PolicyKey"/>),
    /// so its hash is kept between builds under that key (<see cref="PerPolicyStore"/>): a rebuild after one edit makes
    /// and hashes that policy's card only.
    /// </summary>
    private List<Card> Cards(string lang) => content.Policies.Select(policy =>
    {
        PolicyView? made = null;
        PolicyView View() => made ??= PolicyViews.Summary(policy, lang);
        var hash = PerPolicyStore.Shared.Get(policy.Id, $"card-{lang}", PolicyKey(policy, lang),
            () => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(KeyJson.Bytes(View())))[..32]);
        return new Card(policy.Id + "=" + hash, View);
    }).ToList();

    private Dictionary<string, List<string>>? recordedAbout;

    /// <summary>
    /// A policy page is made from its own text, the texts of the policies it names or that name it (relations), and
    /// what every page depends on (the global key: templates, strings, settings, units, facts, regions, build date).
    /// </summary>
    private string PolicyKey(BilingualPolicy policy, string lang)
    {
        recordedAbout ??= content.Policies
            .SelectMany(p => PolicyRelation.Recorded(p.Meta).SelectMany(r => r.Ids).Select(id => (About: id, By: p.Id)))
            .GroupBy(x => x.About, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.By).ToList(), StringComparer.Ordinal);
        var related = PolicyRelation.Recorded(policy.Meta).SelectMany(r => r.Ids)
            .Concat(recordedAbout.GetValueOrDefault(policy.Id) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => id + "=" + (content.FindPolicy(id) is { } other ? BuildKeys.Policy(other) : "none"));
        return BuildKeys.Of([globalKey, "policy", lang, policy.Id, BuildKeys.Policy(policy), .. related]);
    }

    private string Layout(ScriptObject globals, string body, string file)
    {
        globals["content"] = body;
        return templates.Render("layouts/base", globals, file, diagnostics, display);
    }

    private PageView PageFor(string lang, string kind, string path, string title, string description, string? jsonLd)
    {
        var other = Languages.Other(lang);
        var otherPath = path.Length >= 2 && path[..2] == lang ? other + path[2..] : SiteLinks.Home(other);
        var switchLink = new LinkView(site.BasePath + otherPath, T("language_name", other), Lang: Languages.HtmlLang(other));
        var crumbs = kind is "home" or "root" or "404"
            ? new List<LinkView>()
            : [new LinkView(site.BasePath + SiteLinks.Home(lang), T("home", lang))];
        if (kind is "policy")
        {
            crumbs.Add(new LinkView(site.BasePath + SiteLinks.Policies(lang), T("policies", lang)));
        }
        else if (kind is "unit")
        {
            crumbs.Add(new LinkView(site.BasePath + SiteLinks.Units(lang), T("units", lang)));
        }

        return new PageView(kind, title, description, site.BasePath + path, site.AbsoluteUrl(path), Alternates(path), switchLink, crumbs, jsonLd);
    }

    private List<AlternateView> Alternates(string path)
    {
        if (path.Length < 3 || !Languages.All.Contains(path[..2]))
        {
            return [];
        }

        var rest = path[2..];
        return
        [
            new AlternateView(Languages.HtmlLang(Languages.Chinese), site.AbsoluteUrl(Languages.Chinese + rest)),
            new AlternateView(Languages.HtmlLang(Languages.English), site.AbsoluteUrl(Languages.English + rest)),
            new AlternateView("x-default", site.AbsoluteUrl(Languages.Chinese + rest)),
        ];
    }

    private ScriptObject Globals(string lang, PageView page)
    {
        var nav = site.Navigation
            .Select(n => new LinkView(site.BasePath + lang + "/" + n.Path, n.Label.In(lang), page.Url.StartsWith(site.BasePath + lang + "/" + n.Path, StringComparison.Ordinal)))
            .ToList();
        var siteView = new SiteView(
            site.Title.In(lang), site.Description.In(lang), site.Publisher.In(lang), site.BasePath, lang, Languages.HtmlLang(lang), nav,
            site.BasePath + SiteLinks.Search(lang), site.BasePath + SiteLinks.Home(lang),
            AssetUrl("site.css"),
            AssetUrl("site.js"),
            $"{site.BasePath}favicon.svg",
            BotEndpoint(),
            Version("chat.js"),
            site.Hotlines.Select(h => new HotlineView(h.Number, h.Label.In(lang))).ToList(),
            FooterRows(lang));
        var t = new ScriptObject();
        foreach (var (key, text) in strings)
        {
            t[key] = text.In(lang);
        }

        return new ScriptObject { ["site"] = siteView, ["page"] = page, ["t"] = t, ["content"] = "" };
    }

    /// <summary>"/" in site.yml means the bot answers on the site's own host (as in the one-command demo).</summary>
    private string? BotEndpoint() => site.BotUrl switch
    {
        null or "" => null,
        var url when url.StartsWith('/') => site.BasePath.TrimEnd('/') + url,
        var url => url,
    };

    /// <summary>The newest policies the home page lists; the policy list has them all.</summary>
    public const int HomePolicies = 10;

    /// <summary>Policies on one page of the policy list (about 60 KB of cards); the filters work within the page.</summary>
    public const int PolicyPageSize = 100;

    /// <summary>Links to every page of a list split in <paramref name="count"/> pages; none when it fits on one.</summary>
    private List<LinkView> Pager(int count, int current, Func<int, string> path) => count < 2
        ? []
        : Enumerable.Range(0, count).Select(k => new LinkView(site.BasePath + path(k), (k + 1).ToString(CultureInfo.InvariantCulture), k == current)).ToList();

    /// <summary>Clauses on one page of a unit: a unit named across a thousand policies still gets pages a phone can load.</summary>
    public const int UnitPageSize = 100;

    /// <summary>One page of a unit's clauses: the page without its lines and pager, its key, the runs of clauses it shows, its pager.</summary>
    private sealed record UnitPage(UnitView Frame, string Key, List<(PerPolicy.UnitRun Run, int At, int Take)> Shown, Func<List<LinkView>> Pager);

    /// <summary>
    /// The pages of a unit's clauses (none when no clause names it): the first at units/&lt;id&gt;/, then units/&lt;id&gt;/2/, …;
    /// each keyed by the page without its lines and by the policies whose clauses it shows (what the lines are made from).
    /// </summary>
    private List<UnitPage> UnitPages(Unit unit, string lang, IReadOnlyList<PerPolicy.UnitRun> runs)
    {
        var count = runs.Sum(r => r.Count);
        var pageCount = (count + UnitPageSize - 1) / UnitPageSize;
        var first = SiteLinks.Unit(lang, unit.Id);
        string PathOf(int page) => page == 0 ? first : $"{first}{page + 1}/";
        var contact = ContactRows(unit.Contact, lang);
        var pages = new List<UnitPage>(pageCount);
        var (run, at) = (0, 0);
        for (var page = 0; page < pageCount; page++)
        {
            var shown = new List<(PerPolicy.UnitRun Run, int At, int Take)>();
            for (var lines = 0; lines < UnitPageSize && run < runs.Count;)
            {
                var take = Math.Min(UnitPageSize - lines, runs[run].Count - at);
                shown.Add((runs[run], at, take));
                lines += take;
                (run, at) = at + take == runs[run].Count ? (run + 1, 0) : (run, at + take);
            }

            var frame = new UnitView(unit.Id, unit.Name.In(lang), unit.Name.In(Languages.Other(lang)), site.BasePath + PathOf(page), [], count, [], contact);
            // The pager is made from the page's number and the count (a unit with 200 pages has 200 links on each), and
            // only for a page that is rendered.
            var key = BuildKeys.Of([globalKey, "unit", lang, KeyJson.Text(frame), $"{page}/{pageCount}", .. shown.Select(s => $"{s.Run.Source}:{s.At}:{s.Take}")]);
            var number = page;
            pages.Add(new UnitPage(frame, key, shown, () => Pager(pageCount, number, PathOf)));
        }

        return pages;
    }

    /// <summary>A unit page's line for a clause that names the unit.</summary>
    private UnitClauseView UnitLine(BilingualPolicy policy, Section section, string lang)
    {
        var localized = policy.In(lang)?.Find(section.Anchor);
        return new UnitClauseView(
            policy.In(lang)?.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? policy.Meta.Title,
            localized?.Title ?? section.Title,
            site.BasePath + SiteLinks.Clause(lang, policy.Id, section.Anchor),
            localized is null && lang != Languages.Chinese ? Languages.HtmlLang(Languages.Chinese) : null);
    }

    private string? rulesDataUrl;

    /// <summary>
    /// The checker's data file, added to the site once for both languages; its URL carries its hash. It is made from
    /// every policy's rules and titles and from what the global key covers (facts, units, settings, the build date). It is
    /// kept from the last good build while no rule's JSON changed (<see cref="PerPolicy.RulesDataKey"/>); made again, it
    /// joins each policy's part as kept between builds (4 MB at a thousand policies).
    /// </summary>
    private string RulesDataUrl()
    {
        if (rulesDataUrl is null)
        {
            var key = PerPolicy.RulesDataKey(content, globalKey);
            if (!output.TryKeep(RuleViews.DataPath, key))
            {
                output.Add(RuleViews.DataPath, System.Text.Encoding.UTF8.GetBytes(PerPolicy.RulesData(content, globalKey)), key);
            }

            // The file's hash is the hex of its SHA-256, as the URL's version is.
            rulesDataUrl = $"{site.BasePath}{RuleViews.DataPath}?v={output.HashOf(RuleViews.DataPath)[..10]}";
        }

        return rulesDataUrl;
    }

    private List<ContactRow> ContactRows(UnitContact contact, string lang)
    {
        var rows = new List<ContactRow>();
        Add(rows, "contact_phone", contact.Phone, Tel(contact.Phone), lang);
        Add(rows, "contact_address", contact.Address?.In(lang), null, lang);
        Add(rows, "contact_hours", contact.Hours?.In(lang), null, lang);
        Add(rows, "contact_website", contact.Website, contact.Website, lang);
        return rows;
    }

    // Only what staff filled in: an empty field is left out, never replaced by a guess.
    private List<ContactRow> FooterRows(string lang)
    {
        var footer = site.Footer;
        var rows = new List<ContactRow>();
        Add(rows, "footer_sponsor", footer.Sponsor?.In(lang), null, lang);
        Add(rows, "footer_organizer", footer.Organizer?.In(lang), null, lang);
        Add(rows, "contact_address", footer.Address?.In(lang), null, lang);
        Add(rows, "contact_phone", footer.Phone, Tel(footer.Phone), lang);
        Add(rows, "footer_icp", footer.Icp, null, lang);
        Add(rows, "footer_public_security", footer.PublicSecurity, null, lang);
        Add(rows, "footer_site_code", footer.SiteCode, null, lang);
        return rows;
    }

    private void Add(List<ContactRow> rows, string key, string? value, string? url, string lang)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new ContactRow(T(key, lang), value, url));
        }
    }

    private static string? Tel(string? phone) => phone is null ? null : "tel:" + string.Concat(phone.Where(c => char.IsAsciiDigit(c) || c == '+'));

    /// <summary>On a rebuild, runs on a thread of its own (see <see cref="RenderAll"/>): touches only the output and the content.</summary>
    private SearchPageView Search(string lang, string scriptUrl)
    {
        BuildTimings.Begin();
        var entry = $"{AssetCopier.Folder}/{SearchAssets.FileName(lang)}";
        var data = $"{AssetCopier.Folder}/{SearchAssets.DataFolder}/{lang}";
        if (deferSearch && output.KeepPrevious(path => path == entry || path.StartsWith(data, StringComparison.Ordinal)) > 0 && output.Get(entry) is { } kept)
        {
            SearchDeferred = true;
            return SearchAssets.View(content, lang, scriptUrl, kept);
        }

        return SearchAssets.Add(content, output, lang, scriptUrl, globalKey);
    }

    private string T(string key, string lang) => strings.TryGetValue(key, out var text) ? text.In(lang) : key;

    private string AssetUrl(string name) => $"{site.BasePath}{AssetCopier.Folder}/{name}?v={Version(name)}";

    // Every page links the same assets: hash each file once per build, not once per page.
    private readonly Dictionary<string, string> versions = new(StringComparer.Ordinal);

    private string Version(string name)
    {
        if (!versions.TryGetValue(name, out var version))
        {
            versions[name] = version = AssetCopier.Version(templates.Root, name);
        }

        return version;
    }
}
