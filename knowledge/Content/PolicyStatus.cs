namespace Policy.Knowledge.Content;

/// <summary>A policy's status as staff declare it in its front matter (<c>status:</c>), as a government policy library shows it.</summary>
public enum PolicyStatus
{
    /// <summary>现行有效: in force. The default when the front matter says nothing.</summary>
    InForce,

    /// <summary>已失效: its validity period has ended.</summary>
    Expired,

    /// <summary>已废止: repealed or replaced by another document.</summary>
    Repealed,
}

public static class PolicyStatuses
{
    private static readonly (PolicyStatus Status, string Zh, string En, string Key)[] Names =
    [
        (PolicyStatus.InForce, "现行有效", "In force", "in-force"),
        (PolicyStatus.Expired, "已失效", "Expired", "expired"),
        (PolicyStatus.Repealed, "已废止", "Repealed", "repealed"),
    ];

    /// <summary>The values the front matter accepts, as staff write them.</summary>
    public static IEnumerable<string> Written => Names.Select(n => n.Zh);

    /// <summary>Reads <c>现行有效</c>, <c>已失效</c> or <c>已废止</c> (or the English key); null for anything else.</summary>
    public static PolicyStatus? Parse(string text) =>
        Names.FirstOrDefault(n => n.Zh == text.Trim() || n.Key == text.Trim()) is { Zh: not null } hit ? hit.Status : null;

    public static LocalizedText Name(this PolicyStatus status)
    {
        var n = Names.First(x => x.Status == status);
        return new LocalizedText(n.Zh, n.En);
    }

    /// <summary>A stable lowercase key for markup and JSON: in-force, expired, repealed.</summary>
    public static string Key(this PolicyStatus status) => Names.First(x => x.Status == status).Key;

    /// <summary>Whether the checker and the bot's rules still consider the policy.</summary>
    public static bool Applies(this PolicyStatus status) => status == PolicyStatus.InForce;
}
