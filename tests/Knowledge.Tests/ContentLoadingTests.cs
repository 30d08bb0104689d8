using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

/// <summary>The real content, loaded the way the generator and the bot load it.</summary>
public sealed class ContentLoadingTests
{
    private static readonly ContentSet Content = LoadRepositoryContent();

    [Fact]
    public void Every_unit_name_in_the_policy_resolves_to_one_unit_whatever_spelling_the_text_uses()
    {
        var approval = Content.Units.Resolve("市审批服务管理局");

        Assert.NotNull(approval);
        Assert.Same(approval, Content.Units.Resolve("市行政审批服务管理局"));
        Assert.Same(approval, Content.Units.Resolve("市行政审批局"));
        Assert.Same(Content.Units.Resolve("各县（市、区）政府"), Content.Units.Resolve("各县(区、市)政府"));
        Assert.Same(Content.Units.Resolve("晋城银保监分局"), Content.Units.Resolve("晋城银保监局"));
        Assert.Same(Content.Units.Resolve("市交通运输局"), Content.Units.Resolve("市交通局"));
    }

    [Fact]
    public void Clauses_are_found_by_their_public_id_in_both_languages()
    {
        var zh = Content.FindClause("jincheng-2022-67#measure-5");
        var en = Content.FindClause("jincheng-2022-67#measure-5", Languages.English);

        Assert.NotNull(zh);
        Assert.Contains("免征增值税", zh.Text, StringComparison.Ordinal);
        Assert.Equal("tax", Assert.Single(Content.UnitsOf(zh)).Id);
        Assert.NotNull(en);
        Assert.Contains("VAT", en.Text, StringComparison.Ordinal);
        Assert.Null(Content.FindClause("jincheng-2022-67#measure-99"));
        Assert.Null(Content.FindClause("no-such-policy#measure-1"));
        Assert.Null(Content.FindClause("measure-5"));
    }

    [Fact]
    public void Sections_nest_measures_inside_groups_inside_the_measures_part()
    {
        var measure = Content.FindClause("jincheng-2022-67#measure-9")!;

        Assert.Equal("group-4", measure.Parent!.Anchor);
        Assert.Equal("measures", measure.Parent.Parent!.Anchor);
        Assert.Equal("推进主体增量升级", measure.Name);
    }

    private static ContentSet LoadRepositoryContent()
    {
        var root = ContentPaths.FindContentRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("content/ not found");
        var (content, diagnostics) = ContentLoader.Load(root);
        return content ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }
}
