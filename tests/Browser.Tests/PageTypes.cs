namespace Policy.Browser.Tests;

/// <summary>One page of each kind the site has, in both languages: what every browser check runs over.</summary>
public static class PageTypes
{
    private static readonly string[] Kinds =
    [
        "", "policies/", "policies/jincheng-2022-67/", "units/", "units/tax/", "search/", "search/?q=%E5%85%8D%E5%BE%81%E5%A2%9E%E5%80%BC%E7%A8%8E", "check/",
    ];

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var lang in new[] { "zh", "en" })
            {
                foreach (var kind in Kinds)
                {
                    data.Add($"{lang}/{kind}");
                }
            }

            data.Add("404.html");
            data.Add("index.html");
            return data;
        }
    }

    /// <summary>A file-system-friendly name for a page path.</summary>
    public static string Name(string path)
    {
        var name = path.Split('?')[0].TrimEnd('/').Replace('/', '-').Replace(".html", "");
        return (name.Length == 0 ? "root" : name) + (path.Contains('?') ? "-results" : "");
    }
}
