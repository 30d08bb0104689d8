using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Policy.Knowledge.Markdown;

/// <summary>The one Markdig pipeline used for all content, built once.</summary>
public static class PolicyMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Pipeline);

    /// <summary>Renders a run of blocks (the body of one section) to HTML.</summary>
    public static string RenderBlocks(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The visible text of inline content: what a reader sees, without markup.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, System.Text.StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                // Chinese text joins broken lines without a space; English needs one.
                if (builder.Length > 0 && builder[^1] < 0x2E80)
                {
                    builder.Append(' ');
                }

                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    public static IEnumerable<LinkInline> Links(ContainerInline? inline) =>
        inline is null ? [] : inline.Descendants<LinkInline>();
}
