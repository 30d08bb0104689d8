using System.Text;
using System.Text.RegularExpressions;
using Policy.Knowledge.Content;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Policy.Generator.Translation;

/// <summary>A section's English draft, or why it was refused.</summary>
internal sealed record SectionDraft(string Anchor, string? Title, string? Body, string? RefusedZh, string? RefusedEn)
{
    public bool Accepted => RefusedEn is null;
}

/// <summary>
/// Drafts one section at a time through Semantic Kernel's OpenAI-compatible connector, then checks the draft before it
/// may be written: every figure of the Chinese, every link target, no headings or code blocks of its own.
/// </summary>
internal sealed partial class SectionDrafter
{
    private const string SystemPrompt =
        """
        You translate sections of Chinese government policy documents into clear, formal English for the English
        version of an official policy website. The Chinese text is authoritative; translate it faithfully and completely:
        add nothing, drop nothing, and do not summarise.
        Keep every number, amount, percentage and date exactly (you may write 15万元 as 150,000 yuan and 2022年4月28日 as 28 April 2022).
        Use the glossary's English terms exactly where its Chinese terms occur.
        Keep Markdown as it is: list markers, emphasis, and links — translate a link's text but keep its target in (…) unchanged.
        Reply with the translated heading on the first line, then an empty line, then the translated body.
        Write no heading markers (#), no anchors ({#…}), no code blocks, and no comments of your own.
        """;

    private readonly IChatCompletionService chat;
    private readonly Glossary glossary;

    public SectionDrafter(TranslationModel model, Glossary glossary, HttpClient httpClient)
    {
        this.glossary = glossary;
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(
            modelId: model.Name,
            endpoint: new Uri(model.Endpoint),
            apiKey: string.IsNullOrEmpty(model.ApiKey) ? "not-needed" : model.ApiKey,
            httpClient: httpClient);
        chat = builder.Build().GetRequiredService<IChatCompletionService>();
    }

    public async Task<SectionDraft> DraftAsync(SectionSource chinese, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(SystemPrompt);
        history.AddUserMessage(UserPrompt(chinese));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0 };
        string reply;
        try
        {
            reply = (await chat.GetChatMessageContentAsync(history, settings, cancellationToken: cancellationToken)).Content ?? "";
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return Refused(chinese, $"模型服务没有给出译文（{error.Message}）", $"the model server gave no translation ({error.Message})");
        }

        return Check(chinese, reply);
    }

    private string UserPrompt(SectionSource chinese)
    {
        var prompt = new StringBuilder();
        var terms = glossary.For(chinese.AllText);
        if (terms.Count > 0)
        {
            prompt.Append("Glossary (Chinese → English):\n");
            foreach (var (zh, en) in terms)
            {
                prompt.Append("- ").Append(zh).Append(" → ").Append(en).Append('\n');
            }

            prompt.Append('\n');
        }

        prompt.Append("Heading:\n").Append(chinese.Title).Append("\n\nBody:\n").Append(chinese.Body.Length == 0 ? "(none: reply with the heading only)" : chinese.Body);
        return prompt.ToString();
    }

    /// <summary>Accepts a reply only when it is a heading and a body that keep every figure and link of the Chinese.</summary>
    public static SectionDraft Check(SectionSource chinese, string reply)
    {
        var lines = reply.Replace("\r", "", StringComparison.Ordinal).Trim().Split('\n');
        var title = HeadingMarks().Replace(lines[0], "").Trim();
        var body = string.Join("\n", lines.Skip(1)).Trim();
        if (title.Length == 0 || !HasLatin().IsMatch(title))
        {
            return Refused(chinese, "译文第一行应是英文标题，但模型没有这样回复", "the reply does not start with an English heading");
        }

        if (body.Contains("```", StringComparison.Ordinal) || Regex.IsMatch(body, @"^#{1,6}\s", RegexOptions.Multiline) || body.Contains("{#", StringComparison.Ordinal))
        {
            return Refused(chinese, "译文里有标题、锚点或代码块，会打乱文件结构", "the draft contains a heading, an anchor or a code block of its own");
        }

        if (chinese.Body.Length > 0 && body.Length == 0)
        {
            return Refused(chinese, "译文只有标题，缺少正文", "the draft has a heading but no body");
        }

        var missing = Figures.Missing(chinese.AllText, title + "\n" + body);
        if (missing.Count > 0)
        {
            return Refused(chinese,
                $"译文漏掉或改动了这些数字：{string.Join("、", missing)}",
                $"the draft drops or changes these figures of the Chinese: {string.Join(", ", missing)}");
        }

        var targets = LinkTarget().Matches(chinese.Body).Select(m => m.Groups[1].Value).Distinct();
        var lost = targets.Where(t => !body.Contains("](" + t + ")", StringComparison.Ordinal)).ToList();
        if (lost.Count > 0)
        {
            return Refused(chinese, $"译文丢了这些链接：{string.Join("、", lost)}", $"the draft loses these links: {string.Join(", ", lost)}");
        }

        return new SectionDraft(chinese.Anchor, title, body, null, null);
    }

    private static SectionDraft Refused(SectionSource chinese, string zh, string en) => new(chinese.Anchor, null, null, zh, en);

    [GeneratedRegex(@"^\s*(#{1,6}\s*)?|\s*\{#[a-z0-9-]+\}\s*$")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex HasLatin();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();
}
