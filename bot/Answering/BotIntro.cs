using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// What the bot says about itself — the greeting, the out-of-scope reply, the WeChat welcome and the model's brief — built
/// from content: the site's title (content/site.yml), the policies in force with their numbers (front matter), the
/// benefits their rules grant and the staff's example questions (site.yml <c>bot: examples:</c>). No policy is named in
/// code, so a second policy changes all of it with no code change.
/// </summary>
public sealed class BotIntro
{
    private const int MaxBenefits = 6;

    private readonly IReadOnlyList<Knowledge.Rules.Rule> rulesInForce;
    private readonly ContentSet content;

    public BotIntro(ContentSet content)
    {
        this.content = content;
        var site = content.Site;
        // The newest few by name; the rest as a count (a thousand titles are no greeting).
        var inForce = content.Policies.Where(p => p.Status.Applies()).OrderByDescending(p => p.Meta.DateIssued ?? p.Meta.DateWritten ?? DateOnly.MinValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var named = inForce.Take(PolicyShortlist.MaxPolicies).ToList();
        var more = inForce.Count - named.Count;
        var policies = new LocalizedText(
            string.Join("、", named.Select(p => Named(p, Languages.Chinese))) + (more > 0 ? $"等{inForce.Count}份政策" : ""),
            string.Join("; ", named.Select(p => Named(p, Languages.English))) + (more > 0 ? $"; and {more} more policies" : ""));
        var topics = Listed(content.RulesInForce);
        var example = site.BotExamples.FirstOrDefault();

        Examples = site.BotExamples;
        Title = site.Title;
        Policies = policies;
        Topics = topics;
        // "人工客服", "转人工" get this reply too: the bot is automatic, and the hotlines staff list (site.yml) reach a person.
        var hotlines = site.Hotlines.Count == 0 ? null : new LocalizedText(
            "我是自动回复，不能转人工；需要人工咨询，可以拨打" + string.Join("、", site.Hotlines.Select(h => $"{h.Number}（{h.Label.Zh}）")) + "。",
            " I answer automatically and cannot pass you to a person; to talk to someone, call " + string.Join(", ", site.Hotlines.Select(h => $"{h.Number} ({h.Label.En})")) + ".");
        Help = new LocalizedText(
            $"您好！我可以解答{site.Title.Zh}的问题（{policies.Zh}），例如{Or(topics.Zh, "各项扶持措施")}，以及某项措施由哪个部门负责。"
                + (example is null ? "" : $"您可以直接问“{example.Zh}”。") + "回答仅供参考，不是法律决定。" + hotlines?.Zh,
            $"Hello! I answer questions about {site.Title.En} ({policies.En}): for example {Or(topics.En, "the support measures")}, and which department is responsible."
                + (example is null ? "" : $" Try asking \"{example.En}\"") + " Answers are guidance, not a legal decision." + hotlines?.En);
        OutOfScope = new LocalizedText(
            $"抱歉，这个问题不在我能回答的范围内。我只解答{site.Title.Zh}（{policies.Zh}），例如{Or(topics.Zh, "各项扶持措施")}，以及责任部门。",
            $"Sorry, that is outside what I can help with. I only answer questions about {site.Title.En} ({policies.En}), such as {Or(topics.En, "the support measures")}, and the departments responsible.");
        rulesInForce = content.RulesInForce;
        // "俺在长治开店，能享受晋城的政策不": the policies here are the city's; another place's come from there.
        var city = content.Regions.CityWide.Name;
        var cityName = new LocalizedText(city.Zh.Split('（')[0], city.En.Split(" (")[0]);
        OtherPlace = new LocalizedText(
            $"这里解答的是{site.Title.Zh}（{policies.Zh}），适用于{cityName.Zh}的个体工商户。其他地方的扶持政策，请向当地政府或市场监管部门咨询。",
            $"I answer only about {site.Title.En} ({policies.En}), which apply to individual businesses in {cityName.En}. For another place's support policies, ask the local government or market regulation office there.");
        otherDocument = new LocalizedText(
            $"这里解答的是{site.Title.Zh}（{policies.Zh}）。您问的《{{0}}》不是本站收录的文件，它的内容和施行时间请以发布机关公布的原文为准。",
            $"I answer only about {site.Title.En} ({policies.En}). The document you name, 《{{0}}》, is not one of them: for its content and dates, see the text its issuer published.");
        Thanks = new LocalizedText($"不客气！还有关于{site.Title.Zh}的问题，随时问我。", $"You're welcome! Ask me anything else about {site.Title.En}.");
        Reliability = new LocalizedText(
            "我的回答都引用政策原文并附上条款链接，您可以点开核对；能不能享受，是按政策写明的条件逐条判断的，不靠猜测，也会核对日期（已结束的措施会说明已结束）。"
            + "我只根据政策文件回答，最终以政策中文原文和办理部门的认定为准。",
            "Every answer quotes the policy and links to the clause, so you can check it; whether you qualify is worked out from the conditions the policy sets, "
            + "one by one, not guessed, and dates are checked (a measure that has ended is reported as ended). I answer only from the policy documents: "
            + "the Chinese text and the handling department's decision are what count in the end.");
    }

    public LocalizedText Title { get; }

    /// <summary>The policies in force, each as 《short title》（number） / short title (number).</summary>
    public LocalizedText Policies { get; }

    /// <summary>The first benefits their rules grant, as a list.</summary>
    public LocalizedText Topics { get; }

    public IReadOnlyList<LocalizedText> Examples { get; }

    public LocalizedText Help { get; }

    public LocalizedText OutOfScope { get; }

    /// <summary>
    /// The reply to how, where or with what to claim, asked before anything was answered: which matter? The examples are
    /// benefits that can still be had on <paramref name="asOf"/> (one that ended is nothing to apply for).
    /// </summary>
    public LocalizedText WhichMatter(DateOnly asOf)
    {
        var open = Listed(rulesInForce.Where(r => r.AppliesOn(asOf)));
        return new LocalizedText(
            $"您想办的是哪一项？请说一下具体事项，例如{Or(open.Zh, "某项扶持措施")}，我再告诉您怎么办理、找哪个部门。",
            $"Which matter do you mean? Tell me what it is for, for example {Or(open.En, "one of the support measures")}, and I will tell you how to apply and whom to ask.");
    }

    /// <summary>
    /// Whether the policies answered (<paramref name="documentIds"/>) cover the place the asker named ("在高平"): "上面回答的政策适用于
    /// 晋城市（全市），包括高平市。", or which places they are limited to when it is not one of them.
    /// </summary>
    public string PlaceCovered(Region place, IReadOnlyList<string> documentIds, string language)
    {
        var regions = documentIds.Select(id => content.FindPolicy(id)?.Region).OfType<Region>().DistinctBy(r => r.Id).ToList();
        var names = string.Join(language == Languages.English ? ", " : "、", regions.Select(r => r.Name.In(language)));
        var covers = place.CityWide || regions.Any(r => r.CityWide || r.Id == place.Id);
        return (covers, place.CityWide || regions.Any(r => r.Id == place.Id)) switch
        {
            (true, true) => language == Languages.English ? $"The policy answered above applies to {names}." : $"上面回答的政策适用于{names}。",
            (true, false) => language == Languages.English ? $"The policy answered above applies to {names}, including {place.Name.En}." : $"上面回答的政策适用于{names}，包括{place.Name.Zh}。",
            _ => language == Languages.English ? $"The policy answered above applies only to {names}, not to {place.Name.En}." : $"上面回答的政策只适用于{names}，不包括{place.Name.Zh}。",
        };
    }

    /// <summary>The first few different benefits the rules grant, as a list in each language.</summary>
    private static LocalizedText Listed(IEnumerable<Knowledge.Rules.Rule> rules)
    {
        var benefits = rules.Select(r => r.Benefit).DistinctBy(b => b.Zh).Take(MaxBenefits).ToList();
        return new LocalizedText(string.Join("、", benefits.Select(b => b.Zh)), string.Join(", ", benefits.Select(b => EnglishProse.LowerFirst(b.En))));
    }

    /// <summary>The reply to a question about another place's policies, or from a business elsewhere.</summary>
    public LocalizedText OtherPlace { get; }

    /// <summary>The reply to a question about a document none of the policies is, named by its title ("《促进个体工商户发展条例》").</summary>
    public LocalizedText OtherDocument(string title) => new(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, otherDocument.Zh, title),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, otherDocument.En, title));

    private readonly LocalizedText otherDocument;

    public LocalizedText Thanks { get; }

    /// <summary>How the answers are made and what decides in the end ("你说的准不准").</summary>
    public LocalizedText Reliability { get; }

    private static string Named(BilingualPolicy policy, string language)
    {
        var meta = policy.In(language)?.Meta ?? policy.Meta;
        var name = meta.ShortTitle ?? meta.Title;
        var number = policy.Meta.DocNumber;
        return language == Languages.English
            ? number is null ? name : $"{name}, {number}"
            : number is null ? $"《{name}》" : $"《{name}》（{number}）";
    }

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
