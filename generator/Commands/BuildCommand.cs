using System.CommandLine;
using System.Diagnostics;
using Policy.Generator.Site;
using Policy.Generator.Site.StaticSearch;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Generator.Commands;

/// <summary><c>generator build</c>: validates the content and writes the static site, replacing the old one only on success.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var baseUrl = CommonOptions.BaseUrl();
        var output = new Option<string>("--out") { Description = "Where to write the site", DefaultValueFactory = _ => "_site" };
        var index = new Option<string>("--index")
        {
            Description = "Where to write the Lucene search index (not part of the published site)",
            DefaultValueFactory = _ => "_build/index",
        };
        var cache = new Option<string>("--cache")
        {
            Description = "Where to keep what the last build made from what, so the next build redoes only what changed",
            DefaultValueFactory = _ => "_build/cache",
        };
        var full = new Option<bool>("--full") { Description = "Build everything again, ignoring the cache" };
        var lang = StaffLanguage.Option();
        var command = new Command("build", "Build the static site into _site/ and the search index into _build/index/") { content, templates, baseUrl, output, index, cache, full, lang };
        command.SetAction(parse => Run(parse.GetValue(content), parse.GetValue(templates), parse.GetValue(baseUrl), parse.GetValue(output)!, parse.GetValue(index), parse.GetValue(lang),
            parse.GetValue(full) ? null : parse.GetValue(cache)));
        return command;
    }

    /// <param name="index">Where to write the Lucene index; null to skip it (tests that only look at the site).</param>
    /// <param name="cache">
    /// The folder of the build cache (<c>_build/cache</c>): with it, a build after a small change renders, checks, writes
    /// and indexes only what the change affects; without it (or with a cache that does not match the site), everything.
    /// </param>
    public static int Run(string? contentOption, string? templatesOption, string? baseUrl, string output, string? index = null, string? languageOption = null, string? cache = null)
    {
        // A build after a good build (the cache and documents.bin in place) makes little garbage beside what it reads back,
        // and nearly all it reads lives on: it runs in one no-collection window. The window of documents.bin alone ended
        // before rendering, and the collections that followed copied the 170 MB read back from generation to generation
        // (230 ms of a 1.9 s rebuild at a thousand policies, docs/benchmarks.md). A build that allocates more (many
        // policies changed, or a template: every page made again) simply leaves the window.
        var documents = DocumentsFile(index);
        return cache is not null && documents is not null && File.Exists(documents)
            ? NoCollectionWindow.Run(new FileInfo(documents).Length * BytesPerCachedByteOfRebuild, () => Build(contentOption, templatesOption, baseUrl, output, index, languageOption, cache))
            : Build(contentOption, templatesOption, baseUrl, output, index, languageOption, cache);
    }

    /// <summary>Where the build keeps the parsed documents: beside the index (null without one).</summary>
    private static string? DocumentsFile(string? index) =>
        index is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(index))!, Path.GetFileName(DocumentCache.BuiltFile));

    private static int Build(string? contentOption, string? templatesOption, string? baseUrl, string output, string? index, string? languageOption, string? cache)
    {
        var stopwatch = Stopwatch.StartNew();
        BuildTimings.Mark("start-up");
        var language = StaffLanguage.Resolve(languageOption);
        var contentRoot = CommonOptions.ResolveContent(contentOption, language);
        if (contentRoot is null)
        {
            return 2;
        }

        Console.WriteLine(language.Say($"正在读取 {contentRoot} 并生成网站……", $"reading {contentRoot} and building the site…"));
        var site = Path.GetFullPath(output);
        var cacheFile = cache is null ? null : Path.Combine(Path.GetFullPath(cache), "site.json");
        // The last good build's record is read on another thread meanwhile (see SiteBuilder.Build's lastBuild).
        var lastBuild = cacheFile is null ? null : Task.Run(() => SiteCache.Load(cacheFile, site));
        // The files parsed by the last good build are not parsed again (the bot reads the same file at start-up).
        var documents = DocumentsFile(index);
        if (documents is not null && File.Exists(documents))
        {
            NoCollectionWindow.Run(new FileInfo(documents).Length * BytesPerCachedByte, () => DocumentCache.Shared.LoadFrom(documents, sectionsOnDemand: true));
        }

        BuildTimings.Mark("documents.bin read");

        // Each policy's clauses as the static search analysed them: only changed policies are analysed again.
        var analysisFile = cache is null ? null : Path.Combine(Path.GetFullPath(cache), AnalysisCache.FileName);
        // What the site derived from each policy (search entries' hashes, rules' data, cards): only changed policies' again.
        var storeFolder = cache is null ? null : Path.Combine(Path.GetFullPath(cache), PerPolicyStore.FolderName);
        if (analysisFile is not null)
        {
            AnalysisCache.Shared.LoadOnFirstUse(analysisFile);
            PerPolicyStore.Shared.LoadOnFirstUse(storeFolder!);
        }

        var indexKey = index is null ? null : BuildKeys.Of(BuildKeys.Index(contentRoot), Path.GetFullPath(index));
        // The index is brought up to the content beside the old one while the site renders (a whole new index, or the
        // changed policies' documents), and put in place only if the build succeeds.
        Task<StagedIndex?>? staged = null;
        // After a good build, documents.bin is written beside the old one meanwhile too (on a second core: most of a
        // rebuild after one edit is one thread), and put in place only if the build succeeds. A full build writes it at
        // the end, as it did: its records held during rendering would raise the build's peak memory.
        Task<DocumentCache.StagedSave?>? savingDocuments = null;
        string? indexing = null;
        Dictionary<string, string>? policyKeys = null;
        try
        {
            // A full build writes its files beside the site as it makes them (only those that differ from the site's).
            // The last good build's record is awaited once the content is loaded (reading it took as long as loading
            // documents.bin at a thousand policies, and the build waited for it).
            var result = SiteBuilder.Build(contentRoot, CommonOptions.ResolveTemplates(templatesOption, contentRoot), baseUrl, lastBuild: lastBuild, stageFor: site, contentReady: content =>
            {
                var previous = lastBuild?.GetAwaiter().GetResult();
                if (index is null)
                {
                    return;
                }

                if (previous is not null)
                {
                    savingDocuments = Task.Run(() => DocumentCache.Shared.StageSave(documents!, Documents(content)));
                }

                policyKeys = PolicyKeys(content);
                var indexKept = previous is not null && previous.IndexKey == indexKey && Directory.Exists(index);
                var changedPolicies = indexKept ? Stale(policyKeys, previous!) : null;
                indexing = changedPolicies is null
                    ? language.Say($"正在建立搜索索引 {index}……", $"writing the search index to {index}…")
                    : language.Say($"正在更新搜索索引 {index} 里的 {changedPolicies.Count} 份政策……", $"updating {changedPolicies.Count} policies in the search index {index}…");
                // The site renders on one core meanwhile: the index is made on the others (on two cores, in one part).
                staged = Task.Run(() => changedPolicies is null ? ClauseIndex.Stage(content, index, coresKept: 1)
                    : changedPolicies.Count > 0 ? ClauseIndex.StageUpdate(content, index, changedPolicies) : null);
            });
            BuildTimings.Mark("messages printed");
            DiagnosticPrinter.Print(result.Diagnostics, language);
            if (result.Output is null || result.Diagnostics.HasErrors)
            {
                var errors = result.Diagnostics.ErrorCount;
                Console.Error.WriteLine(language.Say(
                    $"生成失败：{errors} 个错误；“{output}”里原有的网站没有改动。请按上面的提示修改后再运行",
                    $"build failed: {errors} error(s); the previous site in '{output}' was left untouched"));
                return 1;
            }

            var policies = policyKeys ?? PolicyKeys(result.Content!);
            // What the site derived from each policy is kept for the next build meanwhile, on the second core: each value
            // is kept under the hash of what it was made from, so it holds whether or not this build gets to the end.
            var savingDerived = cacheFile is null ? null : Task.Run(() =>
            {
                AnalysisCache.Shared.SaveTo(analysisFile!, policies.Keys.SelectMany(id => Languages.All.Select(lang => (lang, id))));
                IndexState.Save(Path.GetDirectoryName(analysisFile!)!, result.Output.IndexStates);
                PerPolicyStore.Shared.SaveTo(storeFolder!, policies.Keys);
            });
            var previous = lastBuild?.GetAwaiter().GetResult();
            var changed = result.Output.Changed.Count() + result.Output.Removed.Count();
            Console.WriteLine(previous is null
                ? language.Say($"内容无误，{result.Output.PageCount} 个页面已生成，正在写入 {output}……", $"content is valid; writing {result.Output.PageCount} pages to {output}…")
                : language.Say($"内容无误，只有 {changed} 个文件有变化，正在更新 {output}……", $"content is valid; {changed} file(s) changed, updating {output}…"));
            // The record of this build is made on the second core while the site is written, and saved once it is.
            var record = cacheFile is null ? null : Task.Run(() => SiteCache.Record(site, result.Output, indexKey, policies));
            if (cacheFile is not null)
            {
                // Forgotten while the site changes: a build stopped half-way is followed by a full one.
                SiteCache.Delete(cacheFile);
            }

            if (previous is null)
            {
                result.Output.WriteAll(site);
            }
            else
            {
                result.Output.WriteChanges(site);
            }

            BuildTimings.Mark("site written");
            if (index is not null)
            {
                if (staged?.GetAwaiter().GetResult() is { } built)
                {
                    Console.WriteLine(indexing);
                    built.Publish();
                }

                if (savingDocuments is null)
                {
                    DocumentCache.Shared.SaveTo(documents!, Documents(result.Content!));
                }
                else
                {
                    savingDocuments.GetAwaiter().GetResult()?.Publish();
                }
            }

            BuildTimings.Mark("index and documents.bin");
            if (cacheFile is not null)
            {
                SiteCache.Save(cacheFile, record!.GetAwaiter().GetResult());
                BuildTimings.Mark("site.json");
                savingDerived!.GetAwaiter().GetResult();
            }

            BuildTimings.Mark($"caches saved (sections read on demand: {DocumentCache.SectionsReadOnDemand})");
            Console.WriteLine(language.Say(
                $"完成：{result.Output.PageCount} 个页面（{result.Output.Files.Count} 个文件，{result.Output.TotalBytes / 1024} KB）已写入 {output}{(index is null ? "" : $"，搜索索引已写入 {index}")}，用时 {stopwatch.ElapsedMilliseconds} 毫秒",
                $"built {result.Output.PageCount} pages ({result.Output.Files.Count} files, {result.Output.TotalBytes / 1024} KB) into {output}{(index is null ? "" : $", the search index into {index}")} in {stopwatch.ElapsedMilliseconds} ms"));
            return 0;
        }
        finally
        {
            // Not published (the build failed): what was staged is deleted once written, and the old files stay.
            if (savingDocuments is not null)
            {
                try
                {
                    savingDocuments.GetAwaiter().GetResult()?.Dispose();
                }
                catch (Exception) when (!savingDocuments.IsCompletedSuccessfully)
                {
                    // Its failure was reported where it was awaited, or the build had failed first.
                }
            }

            if (staged is not null)
            {
                try
                {
                    staged.GetAwaiter().GetResult()?.Dispose();
                }
                catch (Exception) when (!staged.IsCompletedSuccessfully)
                {
                    // Its failure was reported where the index was awaited, or the build had failed first.
                }
            }
        }
    }

    // What reading documents.bin allocates, per byte of it, with room to spare (measured at N=1000: 168 MB for 85 MB).
    private const int BytesPerCachedByte = 3;

    // What a rebuild after one policy edit allocates in all, per byte of documents.bin, with room to spare (measured at
    // N=1000: 363 MB for 85 MB).
    private const int BytesPerCachedByteOfRebuild = 6;

    /// <summary>The parsed documents of every policy, in both languages: what documents.bin keeps.</summary>
    private static IEnumerable<PolicyDocument> Documents(ContentSet content) =>
        content.Policies.SelectMany(p => new[] { p.Chinese, p.English }).OfType<PolicyDocument>();

    /// <summary>The policies whose documents in the index differ from the content: changed, added or deleted since the last good build.</summary>
    private static List<string> Stale(Dictionary<string, string> policies, SiteCache previous) =>
        policies.Where(p => previous.Policies.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key)
            .Concat(previous.Policies.Keys.Where(id => !policies.ContainsKey(id))).ToList();

    /// <summary>What each policy's pages and index documents are made from, by policy id.</summary>
    private static Dictionary<string, string> PolicyKeys(ContentSet content) =>
        content.Policies.ToDictionary(p => p.Id, BuildKeys.Policy, StringComparer.Ordinal);
}
