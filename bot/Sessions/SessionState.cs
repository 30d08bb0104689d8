namespace Policy.Bot.Sessions;

/// <summary>
/// What the bot remembers about one user between messages. Plain data so any store can keep it as JSON
/// (SQLite here, Redis in the server).
/// </summary>
public sealed class SessionState
{
    /// <summary>Facts learnt so far, by fact id, as the checker's URL values: "true", "120000", "small_scale".</summary>
    public Dictionary<string, string> Facts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The asker's own facts, kept aside while the conversation is about someone else (a relative, the neighbour): "再问个俺自己的"
    /// or "what about me?" comes back to them. Null while the conversation is about the asker.
    /// </summary>
    public Dictionary<string, string>? OwnFacts { get; set; }

    /// <summary>
    /// Whose case <see cref="Facts"/> holds when it is someone the asker asks for, by the word the asker calls them ("媳妇",
    /// "sister"); null for the asker or someone unnamed.
    /// </summary>
    public string? Person { get; set; }

    /// <summary>
    /// The facts of each person the conversation spoke of before the one it is about now, by that word: "那刚才说俺媳妇那增值税…"
    /// after her sister's seal comes back to the wife's case. At most a few are kept.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>>? Others { get; set; }

    /// <summary>Facts the user said they do not know; not asked again.</summary>
    public List<string> Unknown { get; set; } = [];

    /// <summary>Rules waiting for facts, in the order they were asked about.</summary>
    public List<string> PendingRules { get; set; } = [];

    /// <summary>
    /// The rules the last answer gave verdicts on, so a correction after a verdict ("说错了，是一个月十二万") goes to them.
    /// </summary>
    public List<string> LastRules { get; set; } = [];

    /// <summary>
    /// The clause the last answer quoted first when it gave no verdicts (a clause without a rule, such as loans or
    /// training), so "那我找谁办" or "what do I need to bring?" asks about it.
    /// </summary>
    public string? LastClause { get; set; }

    /// <summary>
    /// The sentence of <see cref="LastClause"/> the last answer quoted, so "which department handles that" asks about that
    /// sentence, not the clause's first.
    /// </summary>
    public string? LastQuote { get; set; }

    /// <summary>
    /// What the conversation has covered, in the order it came up: the rules answers gave verdicts on, and the clauses answered
    /// without one (ids with '#'), so "你给俺总结下" or "can you recap" can go over them again. The latest few are kept.
    /// </summary>
    public List<string> Discussed { get; set; } = [];

    /// <summary>
    /// The last message, understood, when it announced several matters ("想问两样，一个…，一个…"), so "第二个呢" or "and the other
    /// one?" can take up the one not answered.
    /// </summary>
    public string? LastMessage { get; set; }

    /// <summary>The conversation's first question answered from the policies, understood, so "back to my first question" can take it up.</summary>
    public string? FirstQuestion { get; set; }

    /// <summary>The fact the last answer asked for, so "是的" or "10万" can answer it.</summary>
    public string? PendingFact { get; set; }

    /// <summary>The language of the conversation, used when a message has no letters (e.g. "120000").</summary>
    public string? Language { get; set; }

    /// <summary>The as-of date the conversation was asked with, kept for later turns that give none.</summary>
    public string? AsOf { get; set; }

    public int Turns { get; set; }
}
