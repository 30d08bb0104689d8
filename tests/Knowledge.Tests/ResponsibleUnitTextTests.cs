using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

public sealed class ResponsibleUnitTextTests
{
    [Fact]
    public void Units_are_split_on_list_punctuation_but_not_inside_brackets()
    {
        var names = ResponsibleUnitText.Extract("……带动就业。（责任单位：市\n发改委、市教育局,各县（区、市）政府，开发区管委会）");

        Assert.Equal(["市发改委", "市教育局", "各县（区、市）政府", "开发区管委会"], names);
    }

    [Fact]
    public void Text_without_a_responsible_unit_parenthetical_has_no_units()
    {
        Assert.Empty(ResponsibleUnitText.Extract("对首次轻微违法行为，施行首次免罚（详见第17条）。"));
    }

    [Fact]
    public void Half_width_brackets_are_read_too()
    {
        Assert.Equal(["市税务局"], ResponsibleUnitText.Extract("免征增值税。(责任单位:市税务局)"));
    }
}
