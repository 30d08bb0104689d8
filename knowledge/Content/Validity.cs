namespace Policy.Knowledge.Content;

/// <summary>Whether a provision applies on a day: before its start, within its dates, or ended.</summary>
public enum ProvisionStatus
{
    Current,
    Ended,
    NotYet,
}

/// <summary>
/// A policy's standing on a given day, as government policy libraries label it (现行有效, 部分条款已到期, 已失效, 已废止):
/// the status staff declare (<see cref="PolicyStatus"/>) plus "partly ended", which follows from the rules' dates.
/// </summary>
public enum PolicyStanding
{
    InForce,
    PartlyEnded,
    Expired,
    Repealed,
}

/// <summary>
/// Status on a given day, from the dates in the content. The site computes it again in the browser from the reader's
/// own date (templates/assets/site.js), with exactly these rules; the build date is only the fallback without JavaScript.
/// </summary>
public static class Validity
{
    public static ProvisionStatus Of(DateOnly? from, DateOnly? until, DateOnly day) =>
        from is { } f && day < f ? ProvisionStatus.NotYet
        : until is { } u && day > u ? ProvisionStatus.Ended
        : ProvisionStatus.Current;

    /// <summary>The last days of the provisions of a policy that have an end, distinct and in order.</summary>
    public static IReadOnlyList<DateOnly> EndDates(ContentSet content, string policyId) =>
        content.RulesOf(policyId).Where(r => r.ValidUntil is not null).Select(r => r.ValidUntil!.Value).Distinct().Order().ToList();

    /// <summary>
    /// A policy repealed or expired as a whole (staff say so in its front matter) stays so; otherwise it is partly ended
    /// once any of its provisions has ended, and in force before.
    /// </summary>
    public static PolicyStanding Of(PolicyStatus declared, IEnumerable<DateOnly> endDates, DateOnly day) =>
        declared != PolicyStatus.InForce ? Declared(declared)
        : endDates.Any(end => day > end) ? PolicyStanding.PartlyEnded
        : PolicyStanding.InForce;

    /// <summary>The standing a declared status gives on any day.</summary>
    public static PolicyStanding Declared(PolicyStatus declared) => declared switch
    {
        PolicyStatus.Expired => PolicyStanding.Expired,
        PolicyStatus.Repealed => PolicyStanding.Repealed,
        _ => PolicyStanding.InForce,
    };

    /// <summary>The form pages and scripts use: current, ended, not_yet; in_force, partly_ended, expired, repealed.</summary>
    public static string Key(ProvisionStatus status) => status switch
    {
        ProvisionStatus.Ended => "ended",
        ProvisionStatus.NotYet => "not_yet",
        _ => "current",
    };

    public static string Key(PolicyStanding status) => status switch
    {
        PolicyStanding.PartlyEnded => "partly_ended",
        PolicyStanding.Expired => "expired",
        PolicyStanding.Repealed => "repealed",
        _ => "in_force",
    };
}
