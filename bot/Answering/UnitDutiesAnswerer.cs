using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// "市税务局负责什么", "各县区要做什么", "What is the tax bureau responsible for?": the measures whose responsible units
/// (责任单位) name the unit, in the policies in force, each cited, with the unit's page on the site, which lists them all.
/// Only a question that names one unit and asks what it does: "税务局在哪" is about the office, not its duties.
/// </summary>
internal sealed class UnitDutiesAnswerer(BotKnowledge knowledge)
{
    // How long the other parts of a message asking a unit's phone may be and say nothing of their own ("行吧", "俺直接打过去问问"):
    // longer, they ask something the clauses answer ("…俺现在还能免不？要去哪个局？电话多少"), with the phone said not written.
    private const int MaxAsideLength = 10;

    // The character before a unit's name that makes it a county's or district's own office (县市场监管局, 区税务局).
    private const string CountyLevel = "县区";

    // Measures listed in the reply; the unit's page has the rest.
    private const int MaxListed = 6;

    // Each unit's spoken names (Unit.SpokenNames), longest first, with the unit each names.
    private readonly Lazy<(string[] Names, Unit[] Units)> named = new(() =>
    {
        var pairs = knowledge.Content.Units.Units
            .SelectMany(u => u.SpokenNames().Select(n => (Name: TextNormalizer.Normalize(n), Unit: u))).Where(p => p.Name.Length > 2)
            .DistinctBy(p => p.Name, StringComparer.Ordinal).OrderByDescending(p => p.Name.Length).ToList();
        return ([.. pairs.Select(p => p.Name)], [.. pairs.Select(p => p.Unit)]);
    });

    /// <summary>Every name of every unit, normalised, longest first.</summary>
    public IReadOnlyList<string> Names => named.Value.Names;

    // What a unit does: "负责什么", "管哪些", "管不管这些", "要做什么", "职责是什么", "what is … responsible for", "what does … do".
    private static readonly Regex AsksDuties = new(
        "(负责|管|要做|该做|做|干|承担|抓)(些|了)?(什么|啥|哪些|哪几项|哪几件)|管不管|负不负责|(职责|任务|分工|工作)(是什么|是啥|有哪些|有什么|有啥)"
        + @"|\b(responsible for|in charge of)\b|\bwhat (does|do|should|must) .+ do\b|\b(duties|tasks|role)\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Whether a unit handles something: "司法局管不管", "归市场监管局管吗", "does the tax bureau handle the seal fee".
    private static readonly Regex HandlesIt = new(
        "管不管|负不负责|(管|负责)(吗|么|嘛|不)|归.{0,8}管|\\b(does|do) (the )?.{0,40}\\b(handle|deal with)\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    /// <summary>Whether the message asks if a unit handles something (管不管), rather than what it does.</summary>
    public static bool AsksWhetherItHandles(string normalized) => HandlesIt.IsMatch(normalized);

    // What something done is for, not what the unit does: "市场监管所的人打电话问我生意咋样，这是干啥用的", "…这是要干啥".
    private static readonly Regex AsksWhatItIsFor = new(
        "(干|做)(啥|什么|嘛)用|这(是|个)?要?(干|做)(啥|什么|嘛)|\\bwhat (is|was) (this|that|it) for\\b|\\bwhy (are|were|do|did) they\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    private static readonly Regex AsATaskForceMember = new(@"专班|成员单位|\btask ?force\b|\bmember units?\b", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The reply when the message names exactly one unit and asks what it does; else null.</summary>
    public DefaultAnswer? Answer(AnswerContext context)
    {
        var text = context.Normalized;
        var units = new List<Unit>();
        var (names, unitOf) = named.Value;
        for (var i = 0; i < names.Length; i++)
        {
            var at = text.IndexOf(names[i], StringComparison.OrdinalIgnoreCase);
            // "我是县市场监管局的": a county's own office, not the city's unit of the same name.
            if (at > 0 && names[i][0] != '县' && CountyLevel.Contains(text[at - 1]))
            {
                text = text.Remove(at, names[i].Length).Insert(at, " ");
                continue;
            }

            if (at >= 0)
            {
                text = text.Remove(at, names[i].Length).Insert(at, " ");
                if (!units.Contains(unitOf[i]))
                {
                    units.Add(unitOf[i]);
                }
            }
        }

        var language = context.Language;
        // "税务局电话多少", "where is the tax bureau's office?": the unit's own details staff have entered, or that neither the
        // policy nor the site has them, with the unit's page.
        if (units.Count == 1 && OfficePractice.Asks(context.Normalized) && OfficePractice.PracticalityOf(context.Normalized) is { } practicality
            && (OfficePractice.AskedBeside(context.Normalized, language) is not { } beside || Negation.Clauses(beside.Others).All(part => part.Trim().Length <= MaxAsideLength)))
        {
            return Reply(context, Contact(units[0], practicality, language), []);
        }

        // "we are on the task force list… what does the plan ask member units to do": the task force's clauses answer, not
        // the measures the unit is responsible for.
        if (units.Count != 1 || !AsksDuties.IsMatch(text) || AsksWhatItIsFor.IsMatch(text) || AsATaskForceMember.IsMatch(text))
        {
            return null;
        }

        var unitName = units[0].Name.In(language);
        var sections = knowledge.Content.SectionsFor(units[0])
            .Where(s => knowledge.Content.FindPolicy(s.DocumentId)?.Status.Applies() == true).ToList();
        var page = knowledge.Content.Site.AbsoluteUrl(SiteLinks.Unit(language, units[0].Id));
        if (sections.Count == 0)
        {
            return Reply(context, string.Format(CultureInfo.InvariantCulture, BotTexts.UnitHasNoMeasures.In(language), unitName), []);
        }

        var citations = new List<Citation>();
        var lines = new List<string> { string.Format(CultureInfo.InvariantCulture, BotTexts.UnitMeasures.In(language), unitName, sections.Count) };
        foreach (var section in sections.Take(MaxListed))
        {
            var clause = knowledge.Clause(section.ClauseId, language);
            if (knowledge.Sentences.Best(section.ClauseId, language, context.Normalized, null) is { } quote && knowledge.Cite(section.ClauseId, language, quote) is { } citation)
            {
                citations.Add(citation);
                lines.Add($"{clause?.Title ?? section.Title}{(language == Languages.English ? " " : "")}[{citations.Count}]");
            }
        }

        // "各县（区、市）人民政府要…制订…具体实施方案": a clause that asks the unit by name to do something, beyond the measures
        // it is listed as responsible for.
        foreach (var (section, sentence) in AskedByName(units[0]).Where(a => !sections.Contains(a.Section) && knowledge.Content.FindPolicy(a.Section.DocumentId)?.Status.Applies() == true).Take(MaxListed))
        {
            var quote = language == Languages.Chinese ? sentence : knowledge.Sentences.Best(section.ClauseId, language, context.Normalized, null);
            if (quote is not null && knowledge.Cite(section.ClauseId, language, quote) is { } citation)
            {
                citations.Add(citation);
                var title = knowledge.Clause(section.ClauseId, language)?.Title ?? section.Title;
                lines.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.UnitAlsoAsked.In(language), unitName, title, quote, citations.Count));
            }
        }

        lines.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.UnitPage.In(language), unitName, page));
        return Reply(context, string.Join("\n", lines), citations);
    }

    // A sentence that opens with the unit's name and asks it to act: "各县（区、市）人民政府要根据工作要求…".
    private static readonly Regex AsksTheUnit = new(@"^\s*(要|应当|应|须|必须|负责|牵头)", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The Chinese sentences, in clauses of every policy, that open with one of the unit's names and ask it to act; worked out once per unit.</summary>
    private IReadOnlyList<(Section Section, string Sentence)> AskedByName(Unit unit) => askedByName.GetOrAdd(unit.Id, _ =>
    {
        var names = unit.SpokenNames().Where(n => n.Length > 2).OrderByDescending(n => n.Length).ToList();
        var found = new List<(Section, string)>();
        foreach (var section in knowledge.Content.Policies.SelectMany(p => p.Chinese.Sections))
        {
            if (section.Paragraphs.SelectMany(SentencesOf).FirstOrDefault(sentence => names.FirstOrDefault(n => sentence.StartsWith(n, StringComparison.Ordinal)) is { } name
                && AsksTheUnit.IsMatch(sentence[name.Length..])) is { } asking)
            {
                found.Add((section, asking));
            }
        }

        return found;
    });

    // A paragraph's sentences, without their end marks.
    private static IEnumerable<string> SentencesOf(string paragraph) =>
        paragraph.Split(['。', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(Section Section, string Sentence)>> askedByName = new(StringComparer.Ordinal);

    /// <summary>The unit's phone, address and hours as staff entered them (content/units.yml), or that they are not known here.</summary>
    private string Contact(Unit unit, LocalizedText asked, string language)
    {
        var name = unit.Name.In(language);
        var page = knowledge.Content.Site.AbsoluteUrl(SiteLinks.Unit(language, unit.Id));
        var known = new List<string>();
        if (unit.Contact.Phone is { } phone)
        {
            known.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.UnitPhone.In(language), phone));
        }

        if (unit.Contact.Address?.In(language) is { } address)
        {
            known.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.UnitAddress.In(language), address));
        }

        if (unit.Contact.Hours?.In(language) is { } hours)
        {
            known.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.UnitHours.In(language), hours));
        }

        var head = known.Count > 0 ? name + (language == Languages.English ? ": " : "：") + string.Join(language == Languages.English ? "; " : "；", known)
            : string.Format(CultureInfo.InvariantCulture, BotTexts.UnitContactNotKnown.In(language), name, asked.In(language));
        return head + "\n" + string.Format(CultureInfo.InvariantCulture, BotTexts.UnitPage.In(language), name, page);
    }

    private static DefaultAnswer Reply(AnswerContext context, string text, List<Citation> citations) =>
        new(new BotResult { Language = context.Language, InScope = true, Answer = text, Citations = citations }, [], null, new Dictionary<string, string>());
}
