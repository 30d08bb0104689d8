namespace Policy.Knowledge.Content;

/// <summary>How one policy document relates to another, as its front matter records it.</summary>
public enum RelationKind
{
    /// <summary><c>supersedes:</c> this document replaces the other.</summary>
    Supersedes,

    /// <summary><c>repeals:</c> this document repeals the other.</summary>
    Repeals,

    /// <summary><c>amended_by:</c> the other document amends this one.</summary>
    AmendedBy,
}

/// <summary>
/// A relation seen from one policy: <see cref="Inverse"/> is false where this policy's front matter records it
/// ("replaces X"), true where the other policy's does ("replaced by X"). Pages show both directions.
/// </summary>
public sealed record PolicyRelation(RelationKind Kind, string OtherId, bool Inverse)
{
    /// <summary>A stable key for markup and JSON, e.g. <c>superseded-by</c>.</summary>
    public string Key => (Kind, Inverse) switch
    {
        (RelationKind.Supersedes, false) => "supersedes",
        (RelationKind.Supersedes, true) => "superseded-by",
        (RelationKind.Repeals, false) => "repeals",
        (RelationKind.Repeals, true) => "repealed-by",
        (RelationKind.AmendedBy, false) => "amended-by",
        _ => "amends",
    };

    /// <summary>The relation as a sentence with <c>{0}</c> for the other document's title, e.g. "已被{0}废止".</summary>
    public LocalizedText Sentence => (Kind, Inverse) switch
    {
        (RelationKind.Supersedes, false) => new("本文件替代{0}", "Replaces {0}"),
        (RelationKind.Supersedes, true) => new("已被{0}替代", "Replaced by {0}"),
        (RelationKind.Repeals, false) => new("本文件废止{0}", "Repeals {0}"),
        (RelationKind.Repeals, true) => new("已被{0}废止", "Repealed by {0}"),
        (RelationKind.AmendedBy, false) => new("已被{0}修改", "Amended by {0}"),
        _ => new("本文件修改{0}", "Amends {0}"),
    };

    /// <summary>Whether the other document takes this one's place (it replaced or repealed it).</summary>
    public bool IsReplacement => Inverse && Kind is RelationKind.Supersedes or RelationKind.Repeals;

    public static IEnumerable<(RelationKind Kind, IReadOnlyList<string> Ids)> Recorded(DocumentMetadata meta) =>
    [
        (RelationKind.Supersedes, meta.Supersedes),
        (RelationKind.Repeals, meta.Repeals),
        (RelationKind.AmendedBy, meta.AmendedBy),
    ];
}
