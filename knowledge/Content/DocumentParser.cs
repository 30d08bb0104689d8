using Markdig.Renderers.Html;
using Markdig.Syntax;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Markdown;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Content;

/// <summary>Turns one policy Markdown file into a <see cref="PolicyDocument"/>, reporting problems with their lines.</summary>
public static class DocumentParser
{
    private static readonly string[] ChineseFields =
        ["id", "title", "short_title", "issuer", "doc_number", "date_written", "date_issued", "publication", "topic", "addressees", "validity", "imprint", "source",
         "region", "status", "valid_from", "valid_until", "supersedes", "amended_by", "repeals"];

    private static readonly string[] EnglishFields =
        ["id", "title", "short_title", "issuer", "doc_number", "topic", "addressees", "publication", "validity", "imprint", "translation_note", "translates", "untranslated", DocumentMetadata.MachineTranslatedField];

    private static readonly string[] DataBlockKinds = ["rule", "cases"];

    /// <summary>What identifies a file's text (<see cref="PolicyDocument.SourceHash"/>): the hex SHA-256 of its UTF-8 bytes.</summary>
    public static string SourceHashOf(string text) => SourceHashOfUtf8(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary><see cref="SourceHashOf"/> of the text whose UTF-8 is <paramref name="utf8"/>.</summary>
    public static string SourceHashOfUtf8(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(utf8));

    /// <param name="sourceHash">The text's <see cref="SourceHashOf"/> when the caller has it already.</param>
    public static PolicyDocument? Parse(string text, string language, string displayPath, DiagnosticBag diagnostics, string? sourceHash = null)
    {
        var lines = new SourceLines(text);
        var frontMatter = lines.FrontMatter();
        if (frontMatter is null)
        {
            diagnostics.Error(displayPath, 1, "文件开头缺少基本信息：第一行必须是“---”，接着是 id、title 等信息，再以一行“---”结束", "missing front matter: the file must start with a '---' line, the document's metadata, and another '---' line");
            return null;
        }

        var meta = ReadMetadata(frontMatter, language, displayPath, diagnostics);
        if (meta is null)
        {
            return null;
        }

        var markdown = PolicyMarkdown.Parse(text);
        var closing = new List<Block>();
        var sections = ReadSections(markdown, lines, meta.Id, language, displayPath, diagnostics, closing);
        return new PolicyDocument
        {
            Language = language,
            DisplayPath = displayPath,
            Meta = meta,
            Sections = sections,
            Closing = closing.OfType<ParagraphBlock>().Select(p => PolicyMarkdown.PlainText(p.Inline)).ToList(),
            ClosingHtml = PolicyMarkdown.RenderBlocks(closing),
            SourceHash = sourceHash ?? SourceHashOf(text),
        };
    }

    private static DocumentMetadata? ReadMetadata(string yaml, string language, string path, DiagnosticBag diagnostics)
    {
        // The YAML starts on line 2, after the opening '---'.
        var map = YamlMap.ParseMap(yaml, path, 1, diagnostics, "front matter");
        if (map is null)
        {
            return null;
        }

        var chinese = language == Languages.Chinese;
        map.RejectUnknown(chinese ? ChineseFields : EnglishFields);
        var id = map.String("id", required: true);
        if (id is not null && !Slug.IsValid(id))
        {
            diagnostics.Error(path, map.LineOf("id"), $"id“{id}”只能用小写英文字母、数字和连字符“-”，例如 jincheng-2022-67", $"document id '{id}' must be lowercase letters, digits and hyphens, e.g. jincheng-2022-67");
            id = null;
        }

        var title = map.String("title", required: true);
        var meta = new DocumentMetadata
        {
            Id = id ?? "",
            Title = title ?? "",
            ShortTitle = map.String("short_title", required: chinese),
            Issuer = map.String("issuer", required: chinese),
            // English: the number romanised, e.g. "Jinshi Shijian [2022] No. 67"; the Chinese number stays beside it.
            DocNumber = map.String("doc_number", required: chinese),
            DateWritten = chinese ? map.Date("date_written", required: true) : null,
            DateIssued = chinese ? map.Date("date_issued", required: true) : null,
            Publication = map.String("publication", required: chinese),
            Topic = map.String("topic", required: chinese),
            Addressees = map.String("addressees", required: chinese),
            Validity = map.String("validity", required: chinese),
            Imprint = map.String("imprint"),
            Source = chinese ? map.String("source") : null,
            TranslationNote = chinese ? null : map.String("translation_note", required: true),
            Translates = chinese ? new Dictionary<string, string>() : map.Map("translates", required: true)?.Scalars() ?? new Dictionary<string, string>(),
            Untranslated = chinese ? [] : map.StringList("untranslated").Select(x => x.Value).ToList(),
            MachineTranslated = chinese ? [] : map.StringList(DocumentMetadata.MachineTranslatedField).Select(x => x.Value).ToList(),
            FieldLines = map.Keys.Distinct().ToDictionary(k => k, k => map.LineOf(k), StringComparer.Ordinal),
            Region = chinese ? map.String("region") : null,
            Status = chinese ? ReadStatus(map) : PolicyStatus.InForce,
            ValidFrom = chinese ? map.Date("valid_from") : null,
            ValidUntil = chinese ? map.Date("valid_until") : null,
            Supersedes = chinese ? ReadIds(map, "supersedes") : [],
            AmendedBy = chinese ? ReadIds(map, "amended_by") : [],
            Repeals = chinese ? ReadIds(map, "repeals") : [],
        };
        if (meta.ValidFrom is { } from && meta.ValidUntil is { } until && until < from)
        {
            diagnostics.Error(path, map.LineOf("valid_until"), $"valid_until（{until:yyyy-MM-dd}）早于 valid_from（{from:yyyy-MM-dd}）", $"valid_until {until:yyyy-MM-dd} is before valid_from {from:yyyy-MM-dd}");
        }

        return id is null || title is null ? null : meta;
    }

    private static PolicyStatus ReadStatus(YamlMap map)
    {
        var text = map.String("status");
        if (text is null)
        {
            return PolicyStatus.InForce;
        }

        if (PolicyStatuses.Parse(text) is { } status)
        {
            return status;
        }

        map.Diagnostics.Error(map.Path, map.LineOf("status"), $"status“{text}”不是 {string.Join("、", PolicyStatuses.Written)} 之一", $"status '{text}' is not one of {string.Join(", ", PolicyStatuses.Written)}");
        return PolicyStatus.InForce;
    }

    /// <summary>A relation's document ids: one id or a list of them.</summary>
    private static List<string> ReadIds(YamlMap map, string key)
    {
        var ids = new List<string>();
        foreach (var (id, line) in map.StringList(key))
        {
            if (Slug.IsValid(id))
            {
                ids.Add(id);
            }
            else
            {
                map.Diagnostics.Error(map.Path, line, $"{key}：“{id}”不是文件编号 id；请写另一份政策的 id，例如 jincheng-2022-67", $"{key}: '{id}' is not a document id; write the other policy's id, e.g. jincheng-2022-67");
            }
        }

        return ids;
    }

    private static List<Section> ReadSections(MarkdownDocument markdown, SourceLines lines, string documentId, string language, string path, DiagnosticBag diagnostics, List<Block> closing)
    {
        var closingLine = 0;
        var sections = new List<Section>();
        var open = new Stack<Section>();
        HeadingBlock? heading = null;
        var body = new List<Block>();

        foreach (var block in markdown)
        {
            switch (block)
            {
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    continue;
                case HeadingBlock h when closingLine > 0:
                    diagnostics.Error(path, lines.LineOf(h.Span.Start), $"结尾分隔线“***”（第{closingLine}行）之后不能再有标题：结尾段落、落款和日期是文件的最后部分", $"heading after the closing line '***' (line {closingLine}): the closing paragraphs, signature and date end the document");
                    continue;
                case HeadingBlock h:
                    Close();
                    heading = h;
                    continue;
                case ThematicBreakBlock when heading is not null && closingLine == 0:
                    // '***' after the last clause: what follows (本通知自印发之日起施行…, signature, date) belongs to the document, not to that clause.
                    Close();
                    closingLine = lines.LineOf(block.Span.Start);
                    continue;
                case var _ when closingLine > 0:
                    closing.Add(block);
                    continue;
                default:
                    if (heading is null)
                    {
                        diagnostics.Error(path, lines.LineOf(block.Span.Start), "第一个标题之前有正文：每段文字都要放在某个标题下面，例如先写一行“## 一、目标要求 {#goals}”", "text before the first heading: every paragraph must stand under a section heading such as '## 一、目标要求 {#goals}'");
                    }
                    else
                    {
                        body.Add(block);
                    }

                    continue;
            }
        }

        Close();
        return sections;

        void Close()
        {
            if (heading is null)
            {
                return;
            }

            var section = BuildSection(heading, body, lines, documentId, language, path, diagnostics);
            heading = null;
            body = [];
            if (section is null)
            {
                return;
            }

            while (open.Count > 0 && open.Peek().Level >= section.Level)
            {
                open.Pop();
            }

            if (open.Count > 0)
            {
                section.Parent = open.Peek();
                open.Peek().Children.Add(section);
            }

            open.Push(section);
            sections.Add(section);
        }
    }

    /// <summary>The kind a heading declares with a class (<c>{#article-3 .measure}</c>); by its anchor's pattern when it declares none.</summary>
    private static SectionKind ReadKind(HeadingBlock heading, string anchor, string title, int line, string path, DiagnosticBag diagnostics)
    {
        var declared = new List<SectionKind>();
        foreach (var name in heading.GetAttributes().Classes ?? [])
        {
            if (SectionKinds.Parse(name) is { } kind)
            {
                declared.Add(kind);
            }
            else
            {
                diagnostics.Error(path, line, $"标题“{title}”：“.{name}”不是条款类型；请用 {string.Join(" ", SectionKinds.Written.Select(k => "." + k))} 之一", $"heading '{title}': '.{name}' is not a section kind; use one of {string.Join(" ", SectionKinds.Written.Select(k => "." + k))}");
            }
        }

        if (declared.Distinct().Count() > 1)
        {
            diagnostics.Error(path, line, $"标题“{title}”写了不止一个类型（{string.Join(" ", declared.Select(k => "." + k.Key()))}）：只保留一个", $"heading '{title}' declares more than one kind ({string.Join(" ", declared.Select(k => "." + k.Key()))}): keep one");
        }

        return declared.Count > 0 ? declared[0] : SectionKinds.Default(anchor, heading.Level);
    }

    private static Section? BuildSection(HeadingBlock heading, List<Block> body, SourceLines lines, string documentId, string language, string path, DiagnosticBag diagnostics)
    {
        var line = lines.LineOf(heading.Span.Start);
        var title = PolicyMarkdown.PlainText(heading.Inline);
        var anchor = heading.GetAttributes().Id;
        if (string.IsNullOrEmpty(anchor))
        {
            diagnostics.Error(path, line, $"标题“{title}”没有锚点：请在标题末尾加一个固定的锚点，例如“{title} {{#measure-21}}”（锚点一经发布不要再改）", $"heading '{title}' has no anchor: add a permanent one at the end, e.g. '{title} {{#measure-21}}'");
            return null;
        }

        if (!Slug.IsValid(anchor))
        {
            diagnostics.Error(path, line, $"锚点“#{anchor}”只能用小写英文字母、数字和连字符“-”，例如 #measure-3", $"anchor '#{anchor}' must be lowercase letters, digits and hyphens");
            return null;
        }

        var kind = ReadKind(heading, anchor, title, line, path, diagnostics);
        var paragraphs = new List<string>();
        var links = new List<MarkdownLink>();
        var data = new List<FencedData>();
        var rendered = new List<Block>();
        var unitsLine = 0;
        string? summary = null;
        var summaryLine = 0;
        foreach (var block in body)
        {
            if (block is FencedCodeBlock fenced && DataBlockKinds.Contains(fenced.Info ?? ""))
            {
                data.Add(new FencedData(fenced.Info!, fenced.Lines.ToString(), lines.LineOf(fenced.Span.Start) + 1));
                continue;
            }

            if (block is QuoteBlock quote && SectionSummary.Read(quote, language) is { } written)
            {
                var at = lines.LineOf(quote.Span.Start);
                if (summary is not null)
                {
                    diagnostics.Error(path, at, $"“{title}”已经在第{summaryLine}行写了要点：每条只写一句要点，请合并成一条", $"'{title}' already has a summary at line {summaryLine}: write one summary per clause");
                }
                else if (written.Length == 0)
                {
                    diagnostics.Error(path, at, $"“{title}”的要点是空的：在“{SectionSummary.Label(language)}”后面写一句话，或删掉这一行", $"the summary of '{title}' is empty: write a sentence after '{SectionSummary.Label(language)}' or remove the line");
                }
                else
                {
                    (summary, summaryLine) = (written, at);
                }

                continue;
            }

            rendered.Add(block);
            foreach (var leaf in block.Descendants<LeafBlock>().Prepend(block as LeafBlock).OfType<LeafBlock>())
            {
                if (leaf is ParagraphBlock paragraph)
                {
                    var text = PolicyMarkdown.PlainText(paragraph.Inline);
                    paragraphs.Add(text);
                    if (ResponsibleUnitText.Extract(text).Count > 0)
                    {
                        unitsLine = lines.LineOf(paragraph.Span.Start);
                    }
                }

                links.AddRange(PolicyMarkdown.Links(leaf.Inline).Where(l => l.Url is not null).Select(l => new MarkdownLink(l.Url!, lines.LineOf(l.Span.Start))));
            }
        }

        var unitNames = language == Languages.Chinese ? ResponsibleUnitText.Extract(string.Join("\n", paragraphs)) : [];
        return new Section
        {
            DocumentId = documentId,
            Anchor = anchor,
            Kind = kind,
            Level = heading.Level,
            Title = title,
            Line = line,
            Paragraphs = paragraphs,
            BodyHtml = PolicyMarkdown.RenderBlocks(rendered),
            Links = links,
            Data = data,
            UnitsLine = unitsLine,
            UnitNames = unitNames,
            Summary = summary,
            SummaryLine = summaryLine,
        };
    }
}
