using System.Globalization;
using Policy.Bot.Citations;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Answers questions about a document itself from its front matter: number, issuer, dates, addressees, validity, and
/// which measures have end dates (from the rules' <c>valid_until</c>, with their status on the as-of date). The
/// citation is the document's notice (its first section), quoted where it names the issuer.
/// </summary>
internal sealed partial class DocumentAnswerer(BotKnowledge knowledge)
{
    /// <param name="others">How many more policies the question may mean, left out of the reply (see <see cref="PolicyShortlist"/>).</param>
    /// <param name="named">The rules whose benefits the question names: asked about validity, each without an end date says so too.</param>
    public DefaultAnswer Answer(AnswerContext context, DocumentFacet facets, IReadOnlyList<BilingualPolicy> policies, int others = 0, IReadOnlyList<Rule>? named = null)
    {
        var language = context.Language;
        var lines = new List<string>();
        var citations = new List<Citation>();
        var verdicts = new List<RuleResult>();
        // "省里的《关于实施市场主体倍增工程的意见》能把原文发俺看看不": a document named that the site does not hold is said not to
        // be here, before what is.
        if (facets.HasFlag(DocumentFacet.Text) && NotHeld(context.Normalized) is { } notHeld)
        {
            lines.Add(Say(BotTexts.OtherDocumentNotHeld, notHeld));
        }

        // "扶持个体户这个事是哪个部门牵头 有电话没": no document writes a number to call; said before what it does write.
        if (OfficePractice.AsksForANumber(context.Normalized) && OfficePractice.PracticalityOf(context.Normalized) is { } practicality)
        {
            lines.Add(Say(BotTexts.PartlyCovered, practicality.In(language)));
        }

        foreach (var policy in policies)
        {
            var meta = policy.In(language)?.Meta ?? policy.Meta;
            var zh = policy.Meta;
            // Asked for its title, the document is named in full; otherwise by the short title people use.
            var name = facets.HasFlag(DocumentFacet.Title) ? meta.Title : meta.ShortTitle ?? meta.Title;
            var first = policy.Chinese.Sections.FirstOrDefault();
            var n = citations.Count + 1;
            if (first is not null && knowledge.Sentences.Best(first.ClauseId, language, zh.Issuer ?? name, zh.Issuer) is { } quote
                && knowledge.Cite(first.ClauseId, language, quote) is { } citation)
            {
                citations.Add(citation);
            }

            // The plain first sentence: what the document is, who issued it, its number and date. Inside the reply's 《》, a
            // title's own 《》 become 〈〉, as Chinese nests them.
            lines.Add(Say(BotTexts.DocumentIs, meta.Issuer ?? zh.Issuer ?? "", InTitleMarks(name, language), zh.DocNumber ?? "", Date(zh.DateIssued ?? zh.DateWritten), n));
            // "是市政府发的文件吗，还是市场监管局的": where the notice says with whose approval it is issued ("现市政府同意，印发给
            // 你们"), that sentence is quoted too.
            if (first is not null && NamesAGovernment().IsMatch(context.Normalized) && citations.LastOrDefault() is { } issuedBy && issuedBy.Id == first.ClauseId
                && knowledge.Sentences.Best(first.ClauseId, language, language == Languages.Chinese ? "市政府同意 印发" : "approval of the Municipal People's Government issued", null, besides: issuedBy.Quote) is { } approval
                && NamesAGovernment().IsMatch(approval))
            {
                lines.Add(Say(BotTexts.PolicySays, approval, n));
            }
            // "牵头单位是哪个": the unit the document names as its lead, cited where it says so.
            if (facets.HasFlag(DocumentFacet.Lead))
            {
                foreach (var (unit, clauseId) in knowledge.LeadsOf(policy.Id))
                {
                    var unitName = unit.Name.In(language);
                    // The sentence that names the lead; asked more about the lead ("组长是谁当"), the sentence that says that,
                    // quoted as well.
                    var naming = knowledge.Sentences.Best(clauseId, language, unitName + " 牵头单位 lead", unitName);
                    var more = naming is null ? null : (OtherAsks(context.Normalized) is { Length: > 0 } other ? knowledge.Sentences.Best(clauseId, language, other, null, besides: naming) : null);
                    var quoted = false;
                    if (citations.All(c => c.Id != clauseId) && (more ?? naming) is { } said && knowledge.Cite(clauseId, language, said) is { } leadCitation)
                    {
                        citations.Add(leadCitation);
                        quoted = more is not null;
                    }

                    var marker = citations.FindIndex(c => c.Id == clauseId) + 1;
                    lines.Add(Say(BotTexts.DocumentLead, unitName, marker));
                    if (quoted)
                    {
                        lines.Add(Say(BotTexts.PolicySays, citations[marker - 1].Quote, marker));
                    }
                }
            }

            // "一共有几条措施": counted from the document's own headings.
            if (facets.HasFlag(DocumentFacet.Measures) && (policy.In(language) ?? policy.Chinese) is { } document)
            {
                var measures = document.Sections.Count(s => s.Kind is SectionKind.Measure or SectionKind.Article);
                var groups = document.Sections.Where(s => s.Kind == SectionKind.Group).Select(s => s.Title).ToList();
                // "这个方案总共分几大块": the plan's parts (目标要求, 组织领导, 工作措施, 组织保障), before the measures they hold.
                var parts = document.Sections.Where(s => s.Kind == SectionKind.Part).Select(s => s.Title).ToList();
                if (parts.Count > 1)
                {
                    // The parts are the plan's own headings: the plan is cited for them, by the sentence that introduces it.
                    var marker = "";
                    if (document.Sections.FirstOrDefault(s => s.Kind == SectionKind.Plan) is { } plan && citations.All(c => c.Id != plan.ClauseId)
                        && knowledge.Sentences.Best(plan.ClauseId, language, language == Languages.Chinese ? "制定本方案" : "this plan is formulated", null) is { } introduced
                        && knowledge.Cite(plan.ClauseId, language, introduced) is { } planCitation)
                    {
                        citations.Add(planCitation);
                        marker = language == Languages.Chinese ? $"[{citations.Count}]" : $" [{citations.Count}]";
                    }

                    lines.Add(Say(BotTexts.DocumentParts, parts.Count, string.Join(BotTexts.PartSeparator.In(language), parts), marker));
                }

                lines.Add(groups.Count > 0
                    ? Say(BotTexts.MeasureCountInGroups, measures, groups.Count, string.Join(BotTexts.ListSeparator.In(language), groups))
                    : Say(BotTexts.MeasureCount, measures));
            }

            if (knowledge.ReplacedNote(policy, language, answering: false) is { } replaced)
            {
                lines.Add(replaced);
            }
            if (facets.HasFlag(DocumentFacet.Date) && zh.DateWritten is { } written && zh.DateIssued is { } issued && written != issued)
            {
                lines.Add(Say(BotTexts.DocumentWritten, Date(written)));
            }

            // The policy's page on the site: the notice's link without its anchor.
            if (facets.HasFlag(DocumentFacet.Text) && citations.LastOrDefault(c => c.Id == first?.ClauseId) is { } notice)
            {
                lines.Add(Say(BotTexts.DocumentText, notice.Url.Split('#')[0]));
            }

            // "有英文版吗": the site's English page, said to be a translation; or that there is none yet.
            if (facets.HasFlag(DocumentFacet.Translation))
            {
                lines.Add(policy.English is null ? BotTexts.NoTranslation.In(language)
                    : Say(BotTexts.DocumentTranslation, knowledge.Content.Site.AbsoluteUrl(SiteLinks.Policy(Languages.English, policy.Id))));
            }

            if (facets.HasFlag(DocumentFacet.Publication) && (meta.Publication ?? zh.Publication) is { } publication)
            {
                lines.Add(Say(BotTexts.DocumentPublication, publication.TrimEnd('。', '.')));
            }

            if (facets.HasFlag(DocumentFacet.Addressees) && (meta.Addressees ?? zh.Addressees) is { } to)
            {
                lines.Add(Say(BotTexts.DocumentAddressees, to));
            }

            if (facets.HasFlag(DocumentFacet.Validity))
            {
                if ((meta.Validity ?? zh.Validity) is { } validity && validity != DocumentMetadata.ToFill)
                {
                    lines.Add(Say(BotTexts.DocumentValidity, validity.TrimEnd('。', '.')));
                }

                // The policy's own rules, looked up (not a scan of every rule per policy); none while it is not in force.
                var ending = policy.Status.Applies() ? knowledge.Content.RulesOf(policy.Id).Where(r => r.ValidUntil is not null).ToList() : [];
                // The benefits asked about that run without an end date ("刻章免费有截止日期吗"): what was asked, first; all of
                // them when the question asks what is still in force ("还有哪几条没到期、现在还能用").
                var allOpen = named is not { Count: > 0 } && AsksWhatIsStillInForce().IsMatch(context.Normalized);
                var openAsked = allOpen ? knowledge.Content.RulesOf(policy.Id) : named ?? [];
                var open = policy.Status.Applies() ? openAsked.Where(r => r.DocumentId == policy.Id && r.ValidUntil is null).DistinctBy(r => r.Benefit.Zh).ToList() : [];
                foreach (var rule in open.Concat(ending))
                {
                    if (open.Count > 0 && rule == open[0])
                    {
                        lines.Add((allOpen ? BotTexts.AllMeasuresWithoutEndDates : BotTexts.MeasuresWithoutEndDates).In(language));
                    }
                    else if (ending.Count > 0 && rule == ending[0])
                    {
                        lines.Add(BotTexts.MeasuresWithEndDates.In(language));
                    }

                    var result = BotKnowledge.Evaluate(rule, context.Facts, context.AsOf);
                    verdicts.Add(result);
                    var clause = knowledge.Clause(rule.ClauseId, language);
                    var until = Date(rule.ValidUntil);
                    var status = rule.ValidUntil is null ? Say(BotTexts.NoEndDate, Date(rule.ValidFrom))
                        : context.AsOf > rule.ValidUntil ? Say(BotTexts.EndedOn, until) : Say(BotTexts.RunsUntil, until);
                    // "那3000块奖励还给不给": a sum of money is said with its measure.
                    if (rule.AmountYuan is not null && rule.Amount is { } amount)
                    {
                        status = Say(BotTexts.StatusWithAmount, status, language == Languages.English ? EnglishProse.LowerFirst(amount.En) : amount.Zh);
                    }

                    if (citations.All(c => c.Id != rule.ClauseId)
                        && knowledge.Sentences.Best(rule.ClauseId, language, rule.Benefit.In(language), rule.Benefit.In(language)) is { } q
                        && knowledge.Cite(rule.ClauseId, language, q) is { } c)
                    {
                        citations.Add(c);
                    }

                    var index = citations.FindIndex(c => c.Id == rule.ClauseId) + 1;
                    lines.Add(Say(BotTexts.EndDateLine, rule.Benefit.In(language), clause?.Title ?? rule.Anchor, status, index));
                }
            }
        }

        if (PolicyShortlist.OthersLine(others, language) is { } othersLine)
        {
            lines.Add(othersLine);
        }

        lines.Add(Say(BotTexts.AsOf, Date(context.AsOf)));
        var result2 = new BotResult
        {
            Language = language,
            InScope = true,
            Answer = string.Join("\n", lines),
            Citations = citations,
            Eligibility = verdicts.Select(v => DefaultAnswerer.ToResult(v, language)).ToList(),
        };
        return new DefaultAnswer(result2, [], null, new Dictionary<string, string>());

        static string InTitleMarks(string title, string language) =>
            language == Languages.Chinese ? title.Replace('《', '〈').Replace('》', '〉') : title;

        string Say(Knowledge.Content.LocalizedText format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format.In(language), args);
        string Date(DateOnly? date) => date is { } d ? BotTexts.FormatDate(d, language) : "";
    }

    // Asking which provisions are still in force: "还有哪几条没到期", "现在还能用", "what is still valid?".
    [System.Text.RegularExpressions.GeneratedRegex(
        "没到期|未到期|没过期|还能用|还有效|仍有效|仍然有效|还在执行|还管用|还能享受|还能享|还能拿|还能领|现在还有哪些|哪些还有|哪些还能|哪些好处现在|\\bstill (valid|available|in force|apply|applies|running|in effect|alive|active|live)\\b|\\bnot (already )?over\\b|\\bnot (yet )?expired\\b|\\bhave(n't| not) (yet )?expired\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhatIsStillInForce();

    // Words asking who leads, and words that make a part of a message a question.
    private static readonly string[] LeadWords = ["牵头", "负责", "归哪", "归谁", "谁管", "哪个部门", "哪个单位", "lead", "in charge", "responsible", "runs"];
    private static readonly string[] QuestionWords = ["谁", "哪", "什么", "啥", "吗", "么", "几", "多少", "who", "where", "what", "which", "how"];

    // A government named, beside the issuer: 市政府, 县政府, "the city government" in a question; "现市政府同意" or "the
    // Municipal People's Government" in the notice's sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"[市县区省]政府|人民政府|\bgovernment\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesAGovernment();

    /// <summary>
    /// The parts of a message asking something besides who leads ("…哪个部门牵头的？说是成立了个工作专班，组长是谁当" asks who
    /// heads the task force), joined; empty when it asks nothing else.
    /// </summary>
    private static string OtherAsks(string normalized) => string.Join("，", Understanding.Negation.Clauses(normalized)
        .Where(part => !LeadWords.Any(w => part.Contains(w, StringComparison.Ordinal)) && QuestionWords.Any(w => part.Contains(w, StringComparison.Ordinal))));

    /// <summary>The first title in 《》 the question names that is no policy's on the site (nor part of one), or null.</summary>
    private string? NotHeld(string normalized)
    {
        foreach (System.Text.RegularExpressions.Match m in TitleInMarks().Matches(normalized))
        {
            var title = m.Groups[1].Value.Trim();
            var held = knowledge.Content.Policies.Any(p => new[] { p.Meta.Title, p.Meta.ShortTitle, p.English?.Meta.Title, p.English?.Meta.ShortTitle }
                .Any(t => !string.IsNullOrEmpty(t) && (t.Contains(title, StringComparison.OrdinalIgnoreCase) || title.Contains(t, StringComparison.OrdinalIgnoreCase))));
            if (title.Length > 0 && !held)
            {
                return title;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("《([^》]{2,60})》", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TitleInMarks();
}
