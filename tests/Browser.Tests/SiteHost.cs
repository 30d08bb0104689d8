using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Policy.Generator.Site;

namespace Policy.Browser.Tests;

/// <summary>
/// Builds the real content once, serves it as a plain static host would (files, index.html, 404.html) on a free
/// loopback port, and starts Debian's Chromium through Playwright. Shared by all browser tests.
/// </summary>
public class SiteHost : IAsyncLifetime
{
    /// <summary>The content the site is built from: the real content unless a fixture host says otherwise.</summary>
    protected virtual string ContentFolder => Path.Combine(RepoRoot, "content");

    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "policy-browser-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        var result = SiteBuilder.Build(ContentFolder, Path.Combine(RepoRoot, "templates"), BaseUrl);
        if (result.Output is null)
        {
            throw new InvalidOperationException("content does not build:\n" + string.Join("\n", result.Diagnostics.Sorted()));
        }

        result.Output.WriteAll(Root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(BaseUrl);
        app = builder.Build();
        var files = new PhysicalFileProvider(Root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        // Routing after the files: otherwise the fallback endpoint is chosen first and the files are never served.
        app.UseRouting();
        app.MapFallback(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(Root, "404.html"));
        });
        await app.StartAsync();

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (the browser tests use Debian's Chromium, never a download)");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new phone-sized page (375×667, as most visitors read inside WeChat).</summary>
    public async Task<IPage> NewPhonePageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 }, JavaScriptEnabled = javaScript, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        // The site, and the chat tests' session stores beside it (the screenshots are kept to be looked at).
        foreach (var folder in new[] { Root, Root + "-chat" }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("site.sln not found");
    }

    /// <summary>A free loopback port for a server a test starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteHost>
{
    public const string Name = "site";
}

/// <summary>The committed fixture of three policies (city-wide, a 泽州县 one, a repealed one): lists and search across documents and regions.</summary>
public sealed class ManyPoliciesSiteHost : SiteHost
{
    protected override string ContentFolder => Path.Combine(RepoRoot, "tests", "fixtures", "many-policies", "content");
}

[CollectionDefinition(Name)]
public sealed class ManyPoliciesCollection : ICollectionFixture<ManyPoliciesSiteHost>
{
    public const string Name = "many-policies site";
}
