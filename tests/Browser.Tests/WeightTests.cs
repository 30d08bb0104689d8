using Microsoft.Playwright;

namespace Policy.Browser.Tests;

/// <summary>What a first visit costs and where it goes: nowhere but the site, and little of it.</summary>
[Collection(SiteCollection.Name)]
public sealed class WeightTests(SiteHost site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task A_first_visit_stays_on_the_site_and_is_light(string path)
    {
        var page = await site.NewPhonePageAsync();
        var responses = new List<IResponse>();
        var hosts = new List<string>();
        page.Request += (_, request) => hosts.Add(new Uri(request.Url).Authority);
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var siteHost = new Uri(site.BaseUrl).Authority;
        Assert.All(hosts, host => Assert.Equal(siteHost, host));
        long codeBytes = 0, totalBytes = 0;
        foreach (var response in responses)
        {
            // The static host sends Content-Length; a page left by a redirect has no body to read any more.
            var size = long.Parse(await response.HeaderValueAsync("content-length") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var type = response.Request.ResourceType;
            if (type is "stylesheet" or "script")
            {
                codeBytes += size;
            }

            if (!response.Url.Contains("/search-", StringComparison.Ordinal))
            {
                totalBytes += size;
            }
        }

        Assert.True(totalBytes > 1000, $"{path}: the sizes were not measured");
        Assert.True(codeBytes < 30 * 1024, $"{path}: CSS + JS is {codeBytes} bytes");
        Assert.True(totalBytes < 100 * 1024, $"{path}: first visit is {totalBytes} bytes");
    }
}
