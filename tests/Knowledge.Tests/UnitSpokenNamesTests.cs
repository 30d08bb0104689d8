using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

public sealed class UnitSpokenNamesTests
{
    [Fact]
    public void A_city_unit_is_also_named_without_the_citys_shi_or_municipal()
    {
        var unit = new Unit("justice", new LocalizedText("市司法局", "Jincheng Municipal Justice Bureau"), ["晋城市司法局"]);

        Assert.Equal(["晋城市司法局", "市司法局", "司法局", "Jincheng Municipal Justice Bureau", "Justice Bureau"], unit.SpokenNames());
    }

    [Fact]
    public void A_unit_that_is_no_city_units_keeps_its_names_only()
    {
        var unit = new Unit("counties", new LocalizedText("各县（区、市）政府", "County (City, District) Governments"), []);

        Assert.Equal(["各县（区、市）政府", "County (City, District) Governments"], unit.SpokenNames());
    }
}
