using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

/// <summary>Finding the policies a question names among thousands of names finds what searching for each name finds.</summary>
public sealed class NameIndexTests
{
    private static readonly (string Item, IEnumerable<string> Names)[] Policies =
    [
        ("city-67", ["晋市市监〔2022〕67号", "67号", "Notice on Individual Businesses"]),
        ("city-7", ["晋市市监〔2023〕7号", "7号"]),
        ("county-5", ["泽州县", "Zezhou"]),
    ];

    [Theory]
    [InlineData("67号文里说的刻章免费吗", new[] { "city-67", "city-7" })] // 7号 stands inside 67号, as Contains finds it
    [InlineData("what does the NOTICE ON INDIVIDUAL BUSINESSES say", new[] { "city-67" })]
    [InlineData("zezhou and 晋市市监〔2023〕7号", new[] { "city-7", "county-5" })]
    [InlineData("刻章要钱吗", new string[0])]
    [InlineData("", new string[0])]
    public void Every_item_named_is_found_once_in_the_given_order_as_contains_would_find_it(string text, string[] expected)
    {
        var index = new NameIndex<string>(Policies, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, index.FoundIn(text));
        Assert.Equal(Policies.Where(p => p.Names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(p => p.Item), index.FoundIn(text));
    }

    [Fact]
    public void An_ordinal_index_tells_case_apart()
    {
        var index = new NameIndex<string>(Policies, StringComparison.Ordinal);

        Assert.Empty(index.FoundIn("zezhou"));
        Assert.Equal(["county-5"], index.FoundIn("Zezhou"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NameIndex<string>(Policies, StringComparison.CurrentCulture));
    }
}
