using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Site;

/// <summary>One wording per status the browser may find on the reader's day, e.g. ("ended", "已于2022年12月31日到期").</summary>
internal sealed record StatusText(string Key, string Text);

/// <summary>
/// A status as built (on the build date) plus everything templates/assets/site.js needs to say it again on the reader's
/// own date: the ISO dates, and the words for each status it may find. Without JavaScript the build-date words stay,
/// followed by <see cref="AsOfBuild"/>.
/// </summary>
internal sealed record StatusView(string Status, string Text, string? From, string? Until, string? Ends, string? Declared, IReadOnlyList<StatusText> Texts, string AsOfBuild);

/// <summary>Shapes provision and policy statuses for the templates.</summary>
internal sealed class StatusViews(ContentSet content, IReadOnlyDictionary<string, LocalizedText> strings, DateOnly buildDate)
{
    /// <summary>A provision with dates: a rule, or the rules of one clause sharing the same dates; <paramref name="subject"/> names them.</summary>
    public StatusView Provision(DateOnly from, DateOnly? until, string lang, string? subject = null)
    {
        string Say(ProvisionStatus status)
        {
            var words = status switch
            {
                ProvisionStatus.Ended => Format("status_ended", lang, Written.Date(until!.Value, lang)),
                ProvisionStatus.NotYet => Format("status_not_yet", lang, Written.Date(from, lang)),
                _ when until is { } u => Format("status_current_until", lang, Written.Date(u, lang)),
                _ => T("status_current", lang),
            };
            return subject is null ? words : Format("status_subject", lang, subject, words);
        }

        var statuses = until is null ? new[] { ProvisionStatus.Current, ProvisionStatus.NotYet } : Enum.GetValues<ProvisionStatus>();
        var now = Validity.Of(from, until, buildDate);
        return new StatusView(
            Validity.Key(now),
            Say(now),
            Written.Iso(from),
            until is { } end ? Written.Iso(end) : null,
            null,
            null,
            statuses.Select(s => new StatusText(Validity.Key(s), Say(s))).ToList(),
            AsOfBuild(lang));
    }

    public StatusView Policy(BilingualPolicy policy, string lang)
    {
        var ends = Validity.EndDates(content, policy.Id);
        var now = Validity.Of(policy.Status, ends, buildDate);
        var declared = Validity.Declared(policy.Status);
        var possible = declared != PolicyStanding.InForce ? [declared] : ends.Count > 0 ? new[] { PolicyStanding.InForce, PolicyStanding.PartlyEnded } : [PolicyStanding.InForce];
        return new StatusView(
            Validity.Key(now),
            Say(now, lang),
            null,
            null,
            string.Join(' ', ends.Select(Written.Iso)),
            Validity.Key(declared),
            possible.Select(s => new StatusText(Validity.Key(s), Say(s, lang))).ToList(),
            AsOfBuild(lang));
    }

    private string Say(PolicyStanding status, string lang) => T("policy_" + Validity.Key(status), lang);

    private string AsOfBuild(string lang) => Format("status_as_of_build", lang, Written.Date(buildDate, lang));

    private string T(string key, string lang) => strings.Text(key, lang);

    private string Format(string key, string lang, params string[] values) => strings.Format(key, lang, values);
}
