using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

public sealed class WordRemovalTests
{
    [Theory]
    [InlineData("怎么评上优秀个体户", "怎么评上优秀个体户")] // the staff word holds 个体户: kept whole
    [InlineData("个体户招工有补贴吗", " 招工有补贴吗")]
    [InlineData("优秀个体户和个体户", "优秀个体户和 ")] // only where it stands inside the kept word
    public void Words_are_taken_out_except_inside_a_word_kept_whole(string text, string expected)
    {
        string[] holding = WordRemoval.Holding(["优秀个体户", "招工", "个体"], ["个体户"]);

        Assert.Equal(["优秀个体户"], holding); // 个体 is shorter; 招工 holds nothing
        Assert.Equal(expected, WordRemoval.Without(text, ["个体户"], holding));
    }

    [Fact]
    public void English_words_are_kept_whole_ignoring_case()
    {
        Assert.Equal("My Shop Owner Association for", WordRemoval.Without("My Shop Owner Association for shop owner", ["shop owner"], ["shop owner association"], StringComparison.OrdinalIgnoreCase).TrimEnd());
    }
}
