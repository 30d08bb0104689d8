using System.Text.Json;
using Policy.Generator.Site.StaticSearch;
using Policy.Knowledge.Search;

namespace Policy.Generator.Tests;

/// <summary>
/// The chunked static index is looked up by the terms search.js makes of a query, and written with the terms the generator
/// makes of each clause (StaticAnalysis, the script's analysis written again in C#): the two must split every text alike,
/// or hits would be lost without a sound. Both run here over every clause, synonym and unit name of the site, in both
/// languages, and over odd input (numbers, apostrophes, full-width letters, marks, emoji, rare characters, random mixes).
/// </summary>
public sealed class StaticAnalysisTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    private static readonly string[] Odd =
    [
        "", " ", "150,000元", "1.5.6", "3.", ",5", "a,b", "x1.5y", "免征增值税150,000元以下", "月销售额10万元（含本数）",
        "it's the company's seal", "don't", "o'clock's", "x'中文", "中'a", "rock'n'roll", "'s", "a''b",
        "naïve café résumé", "Ｖａｔ ＶＡＴ １２３", "①②③ ⅻ ½", "3rd-party e-commerce", "😀税务😀", "𠀀𠀁𠀂 税", "İstanbul", "ΣΑΣ σας",
        "ﬁnance ﬂow", "㎡ ㍿ ㈱", "passes wishes boxes buzzes churches flies ties bus gas this is yes", "running stopped hoping violation making",
        "organization organizing realized", "agreed seeing feed bed sled", "sizzling hopping fizzing", "ideas ides idea", "caféing", "ing ed eding",
        "Ⅳ类 第Ⅱ款", "ＡＢＣ公司", "\u0301a\u0301", "a\u200bb", "税\u3000务", "tab\tnew\nline\r\n", "﨑 﨔 豈", "〇一二", "ㄅㄆㄇ カタカナ ひらがな 한국어",
    ];

    [Fact]
    public void The_generator_splits_every_text_as_the_script_splits_a_query()
    {
        var content = search.Site.Result.Content!;
        var texts = new List<string>(Odd);
        foreach (var lang in new[] { "zh", "en" })
        {
            texts.AddRange(ClauseIndex.Clauses(content, lang).SelectMany(c => new[] { c.Title, c.Text, c.Units(lang) }));
            texts.AddRange(content.Synonyms.In(lang).SelectMany(g => g.Words));
        }

        texts.AddRange(RandomMixes(400));
        var analysis = new StaticAnalysis(SearchAnalyzers.EnglishStopWords);

        var script = Run(texts);

        Assert.Equal(texts.Count, script.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var normalized = StaticAnalysis.Normalize(texts[i]);
            var (terms, length) = analysis.Terms(normalized);
            var expected = script[i];
            Assert.True(expected.GetProperty("normalized").GetString() == normalized, $"normalize differs on {JsonSerializer.Serialize(texts[i])}");
            Assert.True(expected.GetProperty("terms").EnumerateArray().Select(t => t.GetString()).SequenceEqual(terms),
                $"terms differ on {JsonSerializer.Serialize(texts[i])}: script {expected.GetProperty("terms")}, C# {JsonSerializer.Serialize(terms)}");
            Assert.Equal(expected.GetProperty("length").GetInt32(), length);
            Assert.Equal(
                expected.GetProperty("units").EnumerateArray().Select(u => (u[0].GetString(), u[1].GetInt32(), u[2].GetInt32())),
                analysis.Units(normalized).Select(u => ((string?)u.Key, u.Start, u.End)));
        }
    }

    [Theory]
    [InlineData("passes", "pass")]
    [InlineData("violation", "violat")]
    [InlineData("making", "mak")]
    [InlineData("stopped", "stop")]
    [InlineData("companies", "company")]
    [InlineData("organization", "organisat")]
    [InlineData("fee", "fee")]
    [InlineData("tax2024s", "tax2024s")]
    public void English_words_are_stemmed_lightly(string word, string stem) => Assert.Equal(stem, StaticAnalysis.Stem(word));

    /// <summary>Strings drawn from a mix of Chinese, Latin, digits, punctuation and marks, with a fixed seed.</summary>
    private static IEnumerable<string> RandomMixes(int count)
    {
        var random = new Random(15);
        const string pool = "税务局个体工商户免征增值税刻章费用abcdeisngxyzAEIOUS0123456789 ,.'-_/（）、。，；：\u0301\u00e9\u00fc１２ＡＢ①½ﬁ\t";
        for (var i = 0; i < count; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = pool[random.Next(pool.Length)];
            }

            yield return new string(chars);
        }
    }

    private static List<JsonElement> Run(IReadOnlyList<string> texts)
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Path);
        var input = Path.Combine(folder.Path, "input.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { stop = SearchAnalyzers.EnglishStopWords, texts }));
        return NodeRunner.RunWithSearchScript("analysis-runner.js", input);
    }
}
