using System.CommandLine;
using Policy.Generator.Translation;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator translate &lt;policy&gt; [--sections a,b]</c>: drafts English for untranslated sections through the configured
/// model. Each draft must keep every figure and link of the Chinese or it is refused; accepted drafts are written to
/// en.md marked <c>machine_translated</c> until staff review them and run <c>generator translation --stamp</c>.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var policy = new Argument<string>("policy") { Description = "The policy id, e.g. zezhou-2024-3" };
        var sections = new Option<string?>("--sections") { Description = "Only these anchors, comma-separated (default: every untranslated section)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the model per section", DefaultValueFactory = _ => 120 };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var lang = StaffLanguage.Option();
        var command = new Command("translate", "Draft the English of a policy's untranslated sections with the configured model (Bot:Model:*)")
        {
            policy, sections, timeout, content, templates, lang,
        };
        command.SetAction((parse, cancel) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) };
            return Run(parse.GetValue(policy)!, parse.GetValue(sections), parse.GetValue(content), parse.GetValue(templates), parse.GetValue(lang),
                TranslationModel.FromConfiguration(Directory.GetCurrentDirectory()), http, cancel);
        });
        return command;
    }

    public static async Task<int> Run(
        string policyId, string? sectionsOption, string? contentOption, string? templatesOption, string? languageOption,
        TranslationModel? model, HttpClient http, CancellationToken cancel)
    {
        var language = StaffLanguage.Resolve(languageOption);
        var root = CommonOptions.ResolveContent(contentOption, language);
        if (root is null)
        {
            return 2;
        }

        if (model is null)
        {
            Console.Error.WriteLine(language.Say(
                "还没有配置翻译模型，所以没有起草任何内容。请设置与问答机器人相同的模型配置（任何兼容 OpenAI 接口的服务均可，例如本机的 Ollama）：\n" +
                "  export Bot__Model__Endpoint=http://127.0.0.1:11434/v1\n  export Bot__Model__Name=qwen2.5:14b\n  export Bot__Model__ApiKey=…   （服务需要时）\n" +
                "或写在 appsettings.json 的 \"Bot\": { \"Model\": { … } } 中，然后再运行本命令。详见 docs/bot.md",
                "No translation model is configured, so nothing was drafted. Set the same model settings as the bot (any OpenAI-compatible server, e.g. a local Ollama):\n" +
                "  export Bot__Model__Endpoint=http://127.0.0.1:11434/v1\n  export Bot__Model__Name=qwen2.5:14b\n  export Bot__Model__ApiKey=…   (if the server needs one)\n" +
                "or put them under \"Bot\": { \"Model\": { … } } in appsettings.json, then run this command again. See docs/bot.md"));
            return 2;
        }

        var (content, _) = ContentLoader.Load(root);
        var policy = content?.FindPolicy(policyId);
        if (content is null || policy is null)
        {
            var (zh, en) = NearestMatch.Suggest(policyId, content?.Policies.Select(p => p.Id) ?? []);
            Console.Error.WriteLine(language.Say($"错误：没有 id 为“{policyId}”的政策。{zh}", $"error: no policy with id '{policyId}'.{en}"));
            return 2;
        }

        var folder = Path.Combine(root, ContentPaths.PoliciesFolder, policyId);
        var zhSections = SectionSource.Read(File.ReadAllText(Path.Combine(folder, "zh.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        var enPath = Path.Combine(folder, "en.md");
        var existed = File.Exists(enPath);
        var english = existed ? EnglishDocumentEditor.Open(enPath) : EnglishDocumentEditor.Skeleton(policyId, policy.Chinese.Meta.Title, zhSections);
        var untranslated = english.List("untranslated");

        IReadOnlyList<SectionSource> wanted;
        if (sectionsOption is not null)
        {
            var anchors = sectionsOption.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var anchor in anchors.Where(a => zhSections.All(s => s.Anchor != a)))
            {
                var (zh, en) = NearestMatch.Suggest(anchor, zhSections.Select(s => s.Anchor), "#");
                Console.Error.WriteLine(language.Say($"错误：“{policyId}”里没有锚点为 #{anchor} 的小节。{zh}", $"error: '{policyId}' has no section #{anchor}.{en}"));
                return 2;
            }

            wanted = zhSections.Where(s => anchors.Contains(s.Anchor)).ToList();
        }
        else
        {
            wanted = zhSections.Where(s => untranslated.Contains(s.Anchor)).ToList();
        }

        var missing = wanted.Where(s => !english.HasSection(s.Anchor)).Select(s => "#" + s.Anchor).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine(language.Say(
                $"错误：en.md 里没有这些小节：{string.Join("、", missing)}。请先运行 generator check，按提示让两个文件的小节一致",
                $"error: en.md has no sections {string.Join(", ", missing)}; run 'generator check' and make both files' sections match first"));
            return 1;
        }

        var glossary = Glossary.Load(root, CommonOptions.ResolveTemplates(templatesOption, root));
        var drafter = new SectionDrafter(model, glossary, http);
        Console.WriteLine(language.Say(
            $"正在用模型 {model.Name} 起草“{policyId}”的英文：{wanted.Count} 个小节，术语表 {glossary.Count} 条",
            $"drafting the English of '{policyId}' with {model.Name}: {wanted.Count} section(s), {glossary.Count} glossary terms"));

        var title = english.Title;
        if (!existed || title is null || title.StartsWith("(untranslated)", StringComparison.Ordinal) || title == policy.Chinese.Meta.Title)
        {
            var draft = await drafter.DraftAsync(new SectionSource("title", 1, policy.Chinese.Meta.Title, ""), cancel);
            if (draft.Accepted)
            {
                english.SetTitle(draft.Title!);
                Console.WriteLine(language.Say($"  标题：{draft.Title}", $"  title: {draft.Title}"));
            }
        }

        var drafted = new List<string>();
        var refused = 0;
        foreach (var section in wanted)
        {
            var draft = await drafter.DraftAsync(section, cancel);
            if (!draft.Accepted)
            {
                refused++;
                Console.Error.WriteLine(language.Say($"  #{section.Anchor}：未采用——{draft.RefusedZh}；这一节保持未翻译", $"  #{section.Anchor}: refused — {draft.RefusedEn}; the section stays untranslated"));
                continue;
            }

            english.ReplaceSection(section.Anchor, draft.Title!, draft.Body!);
            drafted.Add(section.Anchor);
            Console.WriteLine(language.Say($"  #{section.Anchor}：已起草", $"  #{section.Anchor}: drafted"));
        }

        english.SetList("untranslated", untranslated.Except(drafted));
        english.SetList(EnglishDocumentEditor.MachineTranslated, english.List(EnglishDocumentEditor.MachineTranslated).Concat(drafted));
        english.Save(enPath);
        Console.WriteLine(language.Say(
            $"完成：{drafted.Count} 节已起草并标为“机器翻译”，{refused} 节未采用。请在预览中对照中文核对修改，然后运行 generator translation --stamp --doc {policyId}",
            $"done: {drafted.Count} section(s) drafted and marked machine-translated, {refused} refused. Review them against the Chinese in the preview, then run 'generator translation --stamp --doc {policyId}'"));
        return refused == 0 ? 0 : 1;
    }
}
