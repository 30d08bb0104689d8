
namespace Policy.Generator.Tests;

/// <summary>Issue 3 §6: nothing a reader types breaks search, on the server (Lucene) or in the page (search.js under node).</summary>
public sealed class SearchBadInputTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    public static TheoryData<string> Names => [.. BadSearchInput.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Lucene_never_throws_and_gives_a_sensible_answer(string name)
    {
        var input = BadSearchInput.All.Single(c => c.Name == name);
        foreach (var lang in input.Languages)
        {
            var results = search.Lucene.Search(input.Query, lang, 10);

            input.Check(results.Select(r => (r.Id, r.Snippet)).ToList(), 10);
        }

        if (input.Language is null)
        {
            input.Check(search.Lucene.Search(input.Query, language: null, 10).Select(r => (r.Id, r.Snippet)).ToList(), 10);
        }
    }

    [Fact]
    public void The_script_never_throws_and_gives_a_sensible_answer()
    {
        var cases = BadSearchInput.All.SelectMany(c => c.Languages.Select(lang => (Case: c, Lang: lang))).ToList();

        var answers = StaticSearch.Run(search.Site.Output, cases.Select(c => new StaticRequest(c.Lang, c.Case.Query, 10)));

        foreach (var ((input, lang), answer) in cases.Zip(answers))
        {
            Assert.True(answer.GetProperty("ok").GetBoolean(), $"{input.Name} ({lang}) threw: {(answer.TryGetProperty("error", out var e) ? e.GetString() : "")}");
            input.Check(answer.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("snippet").GetString()!)).ToList(), 10);
        }
    }

    [Fact]
    public void Whatever_a_page_passes_for_the_query_the_script_answers_with_an_empty_list()
    {
        object?[] odd = [null, 42, true, new { q = "免征增值税" }, new[] { "免征增值税" }, "\ud83d", "\udc00\ud83d"];

        var answers = StaticSearch.Run(search.Site.Output, odd.Select(q => new StaticRequest("zh", q)));

        Assert.All(answers, a => Assert.True(a.GetProperty("ok").GetBoolean() && a.GetProperty("results").GetArrayLength() == 0, a.ToString()));
    }

    [Fact]
    public void Lucene_takes_odd_arguments_without_throwing()
    {
        Assert.Empty(search.Lucene.Search(null));
        Assert.Empty(search.Lucene.Search("免征增值税", "zh", top: 0));
        Assert.Empty(search.Lucene.Search("免征增值税", "zh", top: -5));
        Assert.Empty(search.Lucene.Search("免征增值税", "zh", documentId: "no-such-policy"));
        Assert.Empty(search.Lucene.Search("\ud83d\ud83d\udc00"));
        Assert.Equal("jincheng-2022-67#measure-5", search.Lucene.Search("免征增值税\ud83d", "zh")[0].Id);
        Assert.InRange(search.Lucene.Search("个体工商户", "zh", top: int.MaxValue).Count, 1, 100);
        Assert.Equal("zh", search.Lucene.Search("免征增值税", language: "fr").First().Language);
    }

    [Fact]
    public void A_query_of_10000_characters_is_cut_to_the_same_length_on_both_sides()
    {
        var query = string.Concat(Enumerable.Repeat("rent waiver ", 900));
        var lucene = search.Lucene.Search(query, "en", 5).Select(r => r.Id).ToList();

        var browser = StaticSearch.Run(search.Site.Output, [new StaticRequest("en", query, 5)]).Single();

        Assert.Equal("jincheng-2022-67#measure-8", lucene.FirstOrDefault());
        Assert.Equal(lucene.First(), browser.GetProperty("results")[0].GetProperty("id").GetString());
    }
}
