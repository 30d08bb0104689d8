using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

public sealed class TermOverlapTests
{
    [Fact]
    public void Terms_are_chinese_pairs_english_words_folded_and_amounts_in_any_form()
    {
        var terms = TermOverlap.Terms("Rent of 1,200 yuan for the Shops; 小规模纳税人，月销售额15万元 (120000)");

        Assert.Equal(
            new HashSet<string>(["rent", "1200", "yuan", "shop", "小规", "规模", "模纳", "纳税", "税人", "月销", "销售", "售额", "万元", "15", "120000"]),
            terms);
    }

    [Fact]
    public void Single_characters_are_added_only_when_asked_for()
    {
        Assert.Equal(new HashSet<string>(["水电", "电费"]), TermOverlap.Terms("水电费"));
        Assert.Equal(new HashSet<string>(["水", "电", "费", "水电", "电费"]), TermOverlap.Terms("水电费", singleCharacters: true));
    }
}
