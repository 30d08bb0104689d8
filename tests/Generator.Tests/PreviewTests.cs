using System.Net;
using System.Net.Sockets;
using Policy.Generator.Preview;

namespace Policy.Generator.Tests;

/// <summary>The live preview over a real socket: a save reloads the page, a broken save shows the error and keeps the last good page.</summary>
public sealed class PreviewTests
{
    [Fact]
    public async Task A_save_reloads_the_changed_page_and_a_broken_save_keeps_the_last_good_page()
    {
        using var content = new TempContent();
        await using var preview = await Preview.Start(content);
        using var watcher = new ContentWatcher([content.Content], preview.Site.Rebuild, TimeSpan.FromMilliseconds(50));
        var http = preview.Http;

        var page = await http.GetStringAsync("zh/policies/demo-2024-1/", TestContext.Current.CancellationToken);
        Assert.Contains("/__preview/reload.js", page, StringComparison.Ordinal);
        using var events = await preview.Events("__preview/events");
        Assert.Equal(": connected", await events.ReadLineAsync(TestContext.Current.CancellationToken));

        content.Replace("policies/demo-2024-1/zh.md", "现将测试政策印发给你们。", "现将测试政策印发给你们，请遵照执行。");
        var built = await NextEvent(events);
        Assert.Equal("event: built", built[0]);
        Assert.Contains("\"/zh/policies/demo-2024-1/\"", built[1], StringComparison.Ordinal);
        Assert.Contains("请遵照执行", await http.GetStringAsync("zh/policies/demo-2024-1/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        // Then the search index, made again after the page was announced: only the search page names its new version.
        Assert.Equal(["event: built", "data: [\"/zh/search/\"]"], await NextEvent(events));

        content.Replace("policies/demo-2024-1/zh.md", "title: 关于测试政策的通知", "title: [关于测试政策");
        var failed = await NextEvent(events);
        Assert.Equal("event: failed", failed[0]);
        Assert.Contains("\"where\":\"content/policies/demo-2024-1/zh.md 第3行\"", failed[1], StringComparison.Ordinal);
        Assert.Contains("引号没有配对", failed[1], StringComparison.Ordinal);
        Assert.Contains("请遵照执行", await http.GetStringAsync("zh/policies/demo-2024-1/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_connects_after_a_save_was_built_is_told_to_reload_and_an_unchanged_page_is_not()
    {
        using var content = new TempContent();
        await using var preview = await Preview.Start(content);
        var build = await preview.BuildOfPage("zh/policies/demo-2024-1/");

        // Saved and built while the page was still loading, before its script listened: no event reached it.
        content.Replace("policies/demo-2024-1/zh.md", "现将测试政策印发给你们。", "现将测试政策印发给你们，请遵照执行。");
        preview.Site.Rebuild();

        using var events = await preview.Events($"__preview/events?page=%2Fzh%2Fpolicies%2Fdemo-2024-1%2F&since={build}");
        Assert.Equal(["event: built", "data: [\"/zh/policies/demo-2024-1/\"]"], await NextEvent(events));
        var current = await preview.BuildOfPage("zh/policies/demo-2024-1/");
        using var upToDate = await preview.Events($"__preview/events?page=%2Fzh%2Fpolicies%2Fdemo-2024-1%2F&since={current}");
        Assert.Equal(": connected", await upToDate.ReadLineAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The preview of <c>content</c> built and served on a free port, with a client for it.</summary>
    private sealed class Preview(PreviewSite site, Microsoft.AspNetCore.Builder.WebApplication app, HttpClient http) : IAsyncDisposable
    {
        public PreviewSite Site => site;

        public HttpClient Http => http;

        public static async Task<Preview> Start(TempContent content)
        {
            var port = FreePort();
            var site = new PreviewSite(content.Content, RepoPaths.Templates, $"http://localhost:{port}/");
            site.Rebuild();
            var app = PreviewServer.Create(site, port);
            await app.StartAsync(TestContext.Current.CancellationToken);
            return new Preview(site, app, new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(20) });
        }

        /// <summary>The build number the served page carries for its reload script.</summary>
        public async Task<long> BuildOfPage(string path)
        {
            var match = System.Text.RegularExpressions.Regex.Match(await http.GetStringAsync(path, TestContext.Current.CancellationToken), "data-build=\"(\\d+)\"");
            Assert.True(match.Success, $"{path} carries no build number");
            return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        public async Task<StreamReader> Events(string url) => new(await http.GetStreamAsync(url, TestContext.Current.CancellationToken));

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void A_save_renders_only_the_pages_it_changed_and_keeps_the_others_bytes()
    {
        using var content = TempContent.OfContent(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"));
        var site = new PreviewSite(content.Content, RepoPaths.Templates, "http://localhost:5080/");
        var reloaded = new List<string>();
        site.Rebuild();
        site.Built += reloaded.AddRange;
        var other = site.Get("zh/policies/demo-city-2021-9/index.html");
        var list = site.Get("zh/policies/index.html");

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "减免3个月租金。（", "减免3个月租金，本条另行通知。（");
        site.Rebuild();

        Assert.Contains("/zh/policies/demo-zezhou-2024-5/", reloaded);
        Assert.DoesNotContain("/zh/policies/demo-city-2021-9/", reloaded);
        Assert.Contains("本条另行通知", System.Text.Encoding.UTF8.GetString(site.Get("zh/policies/demo-zezhou-2024-5/index.html")!), StringComparison.Ordinal);
        // Kept, not rendered again: the very same bytes, so repeated saves hold one copy of the unchanged pages.
        Assert.Same(other, site.Get("zh/policies/demo-city-2021-9/index.html"));
        Assert.Equal(list, site.Get("zh/policies/index.html"));
    }

    [Fact]
    public void A_save_announces_its_page_first_and_then_brings_the_search_index_up_to_date()
    {
        using var content = TempContent.OfContent(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"));
        var site = new PreviewSite(content.Content, RepoPaths.Templates, "http://localhost:5080/");
        site.Rebuild();
        var index = site.Get("assets/search-zh.json");
        var announced = new List<(IReadOnlyList<string> Changed, byte[]? Index, string Page, string SearchPage)>();
        site.Built += changed => announced.Add((changed, site.Get("assets/search-zh.json"),
            System.Text.Encoding.UTF8.GetString(site.Get("zh/policies/demo-zezhou-2024-5/index.html")!),
            System.Text.Encoding.UTF8.GetString(site.Get("zh/search/index.html")!)));

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "减免3个月租金。（", "减免3个月租金，本条另行通知。（");
        site.Rebuild();

        Assert.Equal(2, announced.Count);
        var (first, second) = (announced[0], announced[1]);
        // First the saved page, with the last build's search index (the very same bytes) ...
        Assert.Contains("/zh/policies/demo-zezhou-2024-5/", first.Changed);
        Assert.Contains("本条另行通知", first.Page, StringComparison.Ordinal);
        Assert.Same(index, first.Index);
        // ... then the search index made from the saved text, and the search page that names its new version.
        Assert.Equal(["/zh/search/"], second.Changed);
        Assert.NotEqual(index, second.Index);
        Assert.Same(second.Index, site.Get("assets/search-zh.json"));
        var version = System.Text.RegularExpressions.Regex.Match(second.SearchPage, @"search-zh\.json\?v=(\w+)").Groups[1].Value;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(second.Index!))[..10], version);
        Assert.DoesNotContain(version, first.SearchPage, StringComparison.Ordinal);

    }

    [Fact]
    public async Task Saves_during_a_build_are_taken_up_by_one_more_build_and_builds_never_overlap()
    {
        using var content = TempContent.OfContent(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"));
        var site = new PreviewSite(content.Content, RepoPaths.Templates, "http://localhost:5080/");
        site.Rebuild();
        var (running, overlapped) = (0, false);
        site.Built += _ =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            Thread.Sleep(50);
            Interlocked.Decrement(ref running);
        };

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "减免3个月租金。（", "减免3个月租金，本条另行通知。（");
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(site.Rebuild, TestContext.Current.CancellationToken)));

        Assert.False(overlapped);
        Assert.Contains("本条另行通知", System.Text.Encoding.UTF8.GetString(site.Get("zh/policies/demo-zezhou-2024-5/index.html")!), StringComparison.Ordinal);
    }

    private static async Task<string[]> NextEvent(StreamReader events)
    {
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    return [.. lines];
                }

                continue;
            }

            lines.Add(line);
        }

        throw new InvalidOperationException("the event stream closed");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
