using System.Security.Cryptography;
using Policy.Knowledge.Content;
using Policy.Generator.Site.StaticSearch;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site;

/// <summary>What the search page needs: its script and its language's index, each with a version for cache busting; the region filter's choices.</summary>
internal sealed record SearchPageView(string Script, string Index, IReadOnlyList<RegionChoice> Regions);

/// <summary>A region the lists and the search can be narrowed to.</summary>
internal sealed record RegionChoice(string Id, string Name);

/// <summary>
/// The static site's search index, per language: the same clauses as the Lucene index, with the synonyms, the stop
/// words and the ranking weights of the shared library, so that templates/assets/search.js ranks as the server does.
/// It is split into files fetched per query (<see cref="ChunkedIndex"/>): the entry <c>assets/search-zh.json</c>, and
/// postings, fragments and documents under <c>assets/search/zh/</c>, each named by the hash of its block of files.
/// Each clause points to its document (title, number, region, declared status) and carries the day its provisions
/// end, so that a hit names where it comes from and is marked ended on the reader's own date.
/// </summary>
internal static class SearchAssets
{
    public static string FileName(string language) => $"search-{language}.json";

    /// <summary>The folder under assets/ holding each language's versioned index files.</summary>
    public const string DataFolder = "search";

    /// <summary>
    /// Adds the index of <paramref name="language"/> to the site and returns the search page's asset URLs. When nothing
    /// the index is made from changed since the last good build (<see cref="Key"/>), its files are kept as they are;
    /// when a few policies changed and the last build's index is known (<see cref="IndexState"/>), it is updated: only
    /// those policies are analysed, and only the files they changed are made; otherwise it is made again, analysing only
    /// the policies that changed (a full build analyses them all).
    /// </summary>
    public static SearchPageView Add(ContentSet content, SiteOutput output, string language, string scriptUrl, string globalKey)
    {
        var (key, entries, places) = Key(content, language, globalKey);
        var entryPath = $"{AssetCopier.Folder}/{FileName(language)}";
        if (output.TryKeep(entryPath, key) && output.Get(entryPath) is { } kept && ChunkedIndex.FilesOf(kept) is { } held
            && output.KeepPrevious(path => path.StartsWith($"{AssetCopier.Folder}/{held.Folder}", StringComparison.Ordinal)) == held.Count)
        {
            output.KeepIndexState(language);
            return View(content, language, scriptUrl, kept);
        }

        var stateKey = StateKey(content, language, globalKey);
        void Add(string path, byte[]? bytes)
        {
            var file = $"{AssetCopier.Folder}/{path}";
            if (bytes is not null)
            {
                output.Add(file, bytes, key);
            }
            else if (!output.Keep(file))
            {
                throw new InvalidDataException($"the last build's {file} is missing");
            }
        }

        // An update's files are handed over only once it is whole and every file it keeps is there to keep.
        var updateFiles = new List<(string Path, byte[]? Bytes)>();
        byte[] entry;
        if (output.LastIndexState(language) is { } last && last.Key == stateKey
            && output.Previous(entryPath) is { } lastEntry && IndexState.HashOf(lastEntry) == last.EntryHash
            && Update(content, language, places, entries, last, path => output.Previous($"{AssetCopier.Folder}/{path}"), (path, bytes) => updateFiles.Add((path, bytes))) is var (updated, state)
            && updateFiles.All(f => f.Bytes is not null || output.CanKeep($"{AssetCopier.Folder}/{f.Path}")))
        {
            updateFiles.ForEach(f => Add(f.Path, f.Bytes));
            (entry, output.IndexStates[language]) = (updated, state);
        }
        else
        {
            (entry, output.IndexStates[language]) = Make(content, language, places, entries, AnalysisCache.Shared, output.Incremental, stateKey, Add);
        }

        output.Add(entryPath, entry, key);
        return View(content, language, scriptUrl, entry);
    }

    /// <summary>The search page's view of an index whose entry file is <paramref name="entry"/>.</summary>
    public static SearchPageView View(ContentSet content, string language, string scriptUrl, byte[] entry)
    {
        var version = Convert.ToHexStringLower(SHA256.HashData(entry))[..10];
        return new SearchPageView(scriptUrl, $"{content.Site.BasePath}{AssetCopier.Folder}/{FileName(language)}?v={version}", RegionChoices(content, language));
    }

    /// <summary>
    /// The regions to filter by, once some policy is limited to one region (a single city-wide policy needs no filter);
    /// choosing a division also keeps the city-wide policies, which apply there too.
    /// </summary>
    public static IReadOnlyList<RegionChoice> RegionChoices(ContentSet content, string language) =>
        content.Policies.Any(p => !p.Region.CityWide)
            ? content.Regions.Regions.Select(r => new RegionChoice(r.Id, r.Name.In(language))).ToList()
            : [];

    /// <summary>
    /// The entry file and the index's other files (paths under assets/). Each policy's clauses are analysed once and
    /// kept in <paramref name="cache"/> (a fresh one when none is given), so that the next build analyses only the
    /// policies that changed; with <paramref name="reuse"/> false, every policy is analysed again. The policies are
    /// analysed on all cores.
    /// </summary>
    public static (byte[] Entry, IReadOnlyList<(string Path, byte[] Bytes)> Files) Build(ContentSet content, string language, AnalysisCache? cache = null, bool reuse = true)
    {
        var files = new List<(string Path, byte[] Bytes)>();
        var (_, entries, places) = Key(content, language, "");
        var (entry, _) = Make(content, language, places, entries, cache ?? new AnalysisCache(), reuse, StateKey(content, language, ""), (path, bytes) => files.Add((path, bytes!)));
        return (entry, files);
    }

    /// <summary>
    /// What a language's index files depend on beside each policy's clauses (<see cref="IndexState.Key"/>): the global
    /// key, the language, the synonyms and whether hits name regions.
    /// </summary>
    private static string StateKey(ContentSet content, string language, string globalKey) =>
        BuildKeys.Of(["static-search-state-1", globalKey, language, SeveralRegions(ById(content)) ? "regions" : "",
            .. content.Synonyms.In(language).SelectMany(g => g.Words.Prepend(g.Words.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    /// <summary>The most policies an update analyses: past that, the index is made from every policy's analysis.</summary>
    private const int MostUpdated = 32;

    /// <summary>
    /// The index updated from the last build's (<paramref name="last"/>) where only some policies changed, in place and
    /// in number of clauses: their clauses analysed and replaced in the inverted index, and the files made again where
    /// they changed (<see cref="ChunkedIndex"/>). Null when that does not apply (policies added, removed or changed in
    /// number of clauses, too many changed, a file of the last build missing or damaged): then nothing was added.
    /// </summary>
    private static (byte[] Entry, IndexState State)? Update(ContentSet content, string language, PolicyPlace[] places, IndexedClause[]?[] entries, IndexState last,
        Func<string, byte[]?> lastFile, Action<string, byte[]?> add)
    {
        if (places.Length != last.Policies.Length)
        {
            return null;
        }

        var changed = new List<int>();
        for (var p = 0; p < places.Length; p++)
        {
            if (places[p].Id != last.Policies[p].Id || places[p].Clauses != last.Policies[p].Clauses)
            {
                return null;
            }

            if (places[p].Hash != last.Policies[p].Hash)
            {
                changed.Add(p);
            }
        }

        if (changed.Count > MostUpdated)
        {
            return null;
        }

        var policies = ById(content);
        var starts = new int[places.Length + 1];
        for (var p = 0; p < places.Length; p++)
        {
            starts[p + 1] = starts[p] + places[p].Clauses;
        }

        // The changed policies' clauses, analysed, replace theirs in the index.
        var synonyms = content.Synonyms.In(language).Select(g => g.Words).ToList();
        var longRuns = StaticAnalysis.LongRuns(synonyms);
        var byStart = RunsByStart(longRuns);
        var analysis = new StaticAnalysis(SearchAnalyzers.EnglishStopWords);
        var index = last.Index;
        var edit = IndexEdit.None();
        var clauses = new IndexedClause?[starts[^1]];
        foreach (var p in changed)
        {
            var own = entries[p] ??= Entries(content, policies[p], p, language);
            var analysed = own.Select(c => analysis.Analyse(c.Title, c.Text, c.Units, AnalysisCache.Shared, byStart, longRuns)).ToArray();
            (index, var one) = index.Replace(starts[p], analysed, AnalysisCache.Shared.Terms);
            edit = edit.With(one);
        }

        // The clauses of every fragment block a changed clause is in: the policies those blocks overlap.
        const int blockClauses = ChunkedIndex.FragmentsPerBlock * ChunkedIndex.FragmentClauses;
        foreach (var p in changed)
        {
            var (from, to) = (starts[p] / blockClauses * blockClauses, Math.Min(starts[^1], ((starts[p + 1] + blockClauses - 1) / blockClauses) * blockClauses));
            for (var q = 0; q < places.Length; q++)
            {
                if (starts[q] < to && starts[q + 1] > from && clauses[starts[q]] is null && places[q].Clauses > 0)
                {
                    (entries[q] ??= Entries(content, policies[q], q, language)).CopyTo(clauses, starts[q]);
                }
            }
        }

        try
        {
            var change = new IndexChange(last, edit, changed.Select(p => (starts[p], places[p].Clauses)).ToList(), lastFile);
            var (entry, files) = ChunkedIndex.Build(language, index, clauses, longRuns, Documents(policies, places), Shown(content, policies, language), synonyms, DataFolder, change, add);
            BuildTimings.Mark($"{language}: search updated ({changed.Count} policies, {edit.Terms.Count} terms, {edit.Clauses.Count} clauses)");
            return (entry, new IndexState(last.Key, places, index, files, IndexState.HashOf(entry)) { Updated = changed.Count });
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// A hash of everything the index's bytes are made from (equal keys make equal files): the global key (the code, the
    /// content files outside the policies, the base URL), the language, the synonyms, each document as a hit shows it,
    /// and each policy's clauses as indexed and shown (<see cref="Entries"/>), hashed per policy and kept between builds
    /// under the policy's source hash and place (<see cref="PerPolicyStore"/>): a rebuild after one edit gathers and
    /// hashes that policy's clauses only. Also returns the entries it had to gather, by policy, and each policy's place.
    /// </summary>
    private static (string Key, IndexedClause[]?[] Entries, PolicyPlace[] Places) Key(ContentSet content, string language, string globalKey)
    {
        var policies = ById(content);
        var entries = new IndexedClause[]?[policies.Count];
        var hashes = new string[policies.Count];
        Parallel.For(0, policies.Count, p =>
        {
            var policy = policies[p];
            var place = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            hashes[p] = PerPolicyStore.Shared.Get(policy.Id, $"search-{language}", BuildKeys.Of(globalKey, BuildKeys.Policy(policy), place), () =>
            {
                var own = entries[p] = Entries(content, policy, p, language);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                foreach (var clause in own)
                {
                    Text(hash, clause.Units);
                    foreach (var item in clause.Fragment)
                    {
                        Text(hash, item as string ?? Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }
                }

                // With the number of clauses, which an update needs to know without gathering them.
                return $"{Convert.ToHexStringLower(hash.GetHashAndReset())} {own.Length}";
            });
        });

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Text(hash, "static-search-3");
        Text(hash, globalKey);
        Text(hash, language);
        foreach (var group in content.Synonyms.In(language))
        {
            Text(hash, group.Words.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var word in group.Words)
            {
                Text(hash, word);
            }
        }

        // Each policy's place: its clauses' hash and how a hit names its document.
        var shown = Shown(content, policies, language);
        hash.AppendData(KeyJson.Bytes(shown));
        var places = new PolicyPlace[policies.Count];
        for (var p = 0; p < policies.Count; p++)
        {
            Text(hash, policies[p].Id);
            Text(hash, hashes[p]);
            var split = hashes[p].LastIndexOf(' ');
            places[p] = new PolicyPlace(policies[p].Id, BuildKeys.Of(hashes[p], Convert.ToHexStringLower(SHA256.HashData(KeyJson.Bytes(shown[p])))),
                int.Parse(hashes[p].AsSpan(split + 1), System.Globalization.CultureInfo.InvariantCulture));
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset())[..32], entries, places);
    }

    private static void Text(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
    }

    /// <summary>The policies in the order of their ids: a clause's document is its policy's place in it.</summary>
    private static List<BilingualPolicy> ById(ContentSet content) => content.Policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Whether the policies span several regions (a hit then names its region).</summary>
    private static bool SeveralRegions(IReadOnlyList<BilingualPolicy> policies) => policies.Select(p => p.Region.Id).Distinct().Count() > 1;

    /// <summary>Each document as a hit names it, in the order of <see cref="ById"/>.</summary>
    private static List<object> Shown(ContentSet content, IReadOnlyList<BilingualPolicy> policies, string language)
    {
        var several = SeveralRegions(policies);
        return policies.Select(p => Document(p, language, several)).ToList();
    }

    /// <summary>One policy's clauses as the index holds them: what they are searched by, and what a hit shows of each.</summary>
    private static IndexedClause[] Entries(ContentSet content, BilingualPolicy policy, int document, string language) =>
        ClauseIndex.Clauses(content, [policy], language).Select(c =>
        {
            var until = Until(content, c);
            return new IndexedClause(c.Title, c.Text, c.Units(language), document,
            [
                c.Id, content.Site.BasePath + c.Path, c.Title, c.Text, document,
                until is { } u ? Written.Iso(u) : "", until is { } d ? Written.Date(d, language) : "",
            ]);
        }).ToArray();

    /// <summary>Each policy's id and region (none when city-wide) and each clause's document, for narrowing a search.</summary>
    private static object Documents(IReadOnlyList<BilingualPolicy> policies, IReadOnlyList<PolicyPlace> places) => new
    {
        list = policies.Select(p => new[] { p.Id, p.Region.CityWide ? "" : p.Region.Id }),
        of = places.SelectMany((place, p) => Enumerable.Repeat(p, place.Clauses)),
    };

    /// <summary>
    /// The index of one language made from every policy's analysis (each from <paramref name="cache"/> while its key
    /// holds, else analysed anew; <paramref name="entries"/> holds the clauses of the policies <see cref="Key"/> already
    /// gathered): each file but the entry handed to <paramref name="add"/> as it is made, the entry returned with the
    /// index's state, for the next build to update (<see cref="IndexState"/>).
    /// </summary>
    private static (byte[] Entry, IndexState State) Make(ContentSet content, string language, PolicyPlace[] places, IndexedClause[]?[] entries, AnalysisCache cache, bool reuse,
        string stateKey, Action<string, byte[]?> add)
    {
        var policies = ById(content);
        var own = new IndexedClause[policies.Count][];
        Parallel.For(0, policies.Count, p => own[p] = entries[p] ?? Entries(content, policies[p], p, language));
        var clauses = own.SelectMany(e => e).ToList();
        var synonyms = content.Synonyms.In(language).Select(g => g.Words).ToList();
        var longRuns = StaticAnalysis.LongRuns(synonyms);
        var index = InvertedIndex.From(Analyse(clauses, policies, cache, reuse, language, longRuns), cache.Terms, longRuns.Count);
        var (entry, files) = ChunkedIndex.Build(language, index, clauses, longRuns, Documents(policies, places), Shown(content, policies, language), synonyms, DataFolder, null, add);
        return (entry, new IndexState(stateKey, places, index, files, IndexState.HashOf(entry)));
    }

    /// <summary>The long runs by their first two characters, as <see cref="StaticAnalysis.Analyse"/> looks for them.</summary>
    private static Dictionary<string, int[]> RunsByStart(IReadOnlyList<string> longRuns) =>
        longRuns.Select((r, i) => (r, i)).GroupBy(x => x.r[..2], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);

    /// <summary>Every clause's analysis, in order: each policy's from the cache while its key holds, else analysed anew.</summary>
    private static AnalysedClause[] Analyse(IReadOnlyList<IndexedClause> clauses, IReadOnlyList<BilingualPolicy> policies, AnalysisCache cache, bool reuse, string language, IReadOnlyList<string> longRuns)
    {
        var analysisKey = AnalysisCache.AnalysisKey(longRuns);
        var byStart = RunsByStart(longRuns);
        var analysis = new StaticAnalysis(SearchAnalyzers.EnglishStopWords);

        // Clauses come policy by policy, in the order of the policies' ids: each policy's clauses are one range.
        var ranges = new (int Start, int Count)[policies.Count];
        for (int c = 0, p = -1; c < clauses.Count; c++)
        {
            if (p < 0 || clauses[c].Document != p)
            {
                p = clauses[c].Document;
                ranges[p] = (c, 0);
            }

            ranges[p].Count++;
        }

        var analysed = new AnalysedClause[clauses.Count];
        Parallel.For(0, policies.Count, p =>
        {
            var (start, count) = ranges[p];
            var own = Enumerable.Range(start, count).Select(c => clauses[c]).ToList();
            var key = AnalysisCache.Key(analysisKey, language, BuildKeys.Policy(policies[p]), own.Select(c => c.Units));
            var result = cache.Get(language, policies[p].Id, key, reuse,
                () => own.Select(c => analysis.Analyse(c.Title, c.Text, c.Units, cache, byStart, longRuns)).ToArray());
            result.CopyTo(analysed, start);
        });

        return analysed;
    }

    /// <summary>
    /// A document as a hit names it: its short title and number in the page's language where it has them (Chinese
    /// otherwise, then marked so), its region (named only when the policies span several), its declared status.
    /// </summary>
    private static object Document(BilingualPolicy policy, string language, bool severalRegions)
    {
        var chineseOnly = language == Languages.English && PolicyViews.IsChineseOnly(policy);
        var local = chineseOnly ? policy.Chinese : policy.In(language) ?? policy.Chinese;
        var title = local.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? local.Meta.Title;
        var number = local.Meta.DocNumber ?? policy.Meta.DocNumber ?? "";
        var zh = Languages.HtmlLang(Languages.Chinese);
        return new
        {
            id = policy.Id,
            title,
            number,
            region = policy.Region.CityWide ? "" : policy.Region.Id,
            regionName = severalRegions ? policy.Region.Name.In(language) : "",
            status = policy.Status == PolicyStatus.InForce ? "" : policy.Status.Name().In(language),
            lang = local.Language != language ? zh : "",
            numberLang = language != Languages.Chinese && local.Meta.DocNumber is null && number.Length > 0 ? zh : "",
        };
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
