using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Rules in binary form, field by field, for the per-policy check cache (<see cref="PolicyChecks"/>). A condition is
/// written with its fact's id and linked again to the current <see cref="FactSchema"/> on reading (the cache's key
/// holds facts.yml, so the fact is the same one). Every public property of a rule is written; the round-trip test
/// compares every property of every rule, so a field added to the model and not here fails it.
/// </summary>
internal static class RuleSnapshot
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Rule> rules)
    {
        writer.Write(rules.Count);
        foreach (var rule in rules)
        {
            writer.Write(rule.Id);
            writer.Write(rule.ClauseId);
            WriteText(writer, rule.Benefit);
            writer.Write(rule.Conditions.Count);
            foreach (var condition in rule.Conditions)
            {
                writer.Write(condition.Fact.Id);
                writer.Write(condition.Operator);
                writer.Write(condition.Value);
                writer.Write(condition.Source);
                writer.Write(condition.Line);
            }

            writer.Write(rule.ValidFrom.DayNumber);
            writer.Write(rule.ValidUntil?.DayNumber ?? -1);
            WriteOptionalText(writer, rule.Amount);
            writer.Write(rule.AmountYuan is not null);
            if (rule.AmountYuan is { } yuan)
            {
                writer.Write(yuan);
            }

            WriteText(writer, rule.Apply);
            writer.Write(rule.UnitId);
            writer.Write(rule.NotChecked.Count);
            foreach (var text in rule.NotChecked)
            {
                WriteText(writer, text);
            }

            WriteOptionalText(writer, rule.Note);
            writer.Write(rule.Cases.Count);
            foreach (var @case in rule.Cases)
            {
                WriteCase(writer, @case);
            }

            writer.Write(rule.Path);
            writer.Write(rule.Line);
        }
    }

    /// <summary>The rules written by <see cref="Write"/>; null when a condition names a fact <paramref name="facts"/> does not have (then the policy is read again).</summary>
    public static List<Rule>? Read(BinaryReader reader, FactSchema facts)
    {
        var rules = new List<Rule>(reader.ReadInt32());
        for (var count = rules.Capacity; count > 0; count--)
        {
            var id = reader.ReadString();
            var clauseId = reader.ReadString();
            var benefit = ReadText(reader);
            var conditions = new Condition[reader.ReadInt32()];
            for (var i = 0; i < conditions.Length; i++)
            {
                var fact = facts.Find(reader.ReadString());
                var (op, value, source, line) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt32());
                if (fact is null)
                {
                    return null;
                }

                conditions[i] = new Condition(fact, op, value, source, line);
            }

            var validFrom = DateOnly.FromDayNumber(reader.ReadInt32());
            var until = reader.ReadInt32();
            var amount = ReadOptionalText(reader);
            decimal? amountYuan = reader.ReadBoolean() ? reader.ReadDecimal() : null;
            var apply = ReadText(reader);
            var unitId = reader.ReadString();
            var notChecked = new LocalizedText[reader.ReadInt32()];
            for (var i = 0; i < notChecked.Length; i++)
            {
                notChecked[i] = ReadText(reader);
            }

            var note = ReadOptionalText(reader);
            var cases = new RuleCase[reader.ReadInt32()];
            for (var i = 0; i < cases.Length; i++)
            {
                cases[i] = ReadCase(reader);
            }

            rules.Add(new Rule
            {
                Id = id,
                ClauseId = clauseId,
                Benefit = benefit,
                Conditions = conditions,
                ValidFrom = validFrom,
                ValidUntil = until < 0 ? null : DateOnly.FromDayNumber(until),
                Amount = amount,
                AmountYuan = amountYuan,
                Apply = apply,
                UnitId = unitId,
                NotChecked = notChecked,
                Note = note,
                Cases = cases,
                Path = reader.ReadString(),
                Line = reader.ReadInt32(),
            });
        }

        return rules;
    }

    private static void WriteCase(BinaryWriter writer, RuleCase @case)
    {
        writer.Write(@case.Line);
        writer.Write(@case.Facts.Count);
        foreach (var (fact, value) in @case.Facts)
        {
            writer.Write(fact);
            writer.Write(value);
        }

        writer.Write(@case.AsOf.DayNumber);
        writer.Write((int)@case.Verdict);
        DocumentSnapshot.WriteOptional(writer, @case.AmountYuan);
        writer.Write(@case.Asks is not null);
        if (@case.Asks is not null)
        {
            writer.Write(@case.Asks.Count);
            foreach (var fact in @case.Asks)
            {
                writer.Write(fact);
            }
        }

        DocumentSnapshot.WriteOptional(writer, @case.Met);
        DocumentSnapshot.WriteOptional(writer, @case.Note);
    }

    private static RuleCase ReadCase(BinaryReader reader)
    {
        var line = reader.ReadInt32();
        var count = reader.ReadInt32();
        var facts = new Dictionary<string, string>(count);
        for (var i = 0; i < count; i++)
        {
            facts[reader.ReadString()] = reader.ReadString();
        }

        var asOf = DateOnly.FromDayNumber(reader.ReadInt32());
        var verdict = (Verdict)reader.ReadInt32();
        var amountYuan = DocumentSnapshot.ReadOptional(reader);
        string[]? asks = null;
        if (reader.ReadBoolean())
        {
            asks = new string[reader.ReadInt32()];
            for (var i = 0; i < asks.Length; i++)
            {
                asks[i] = reader.ReadString();
            }
        }

        return new RuleCase(line, facts, asOf, verdict, amountYuan, asks, DocumentSnapshot.ReadOptional(reader), DocumentSnapshot.ReadOptional(reader));
    }

    private static void WriteText(BinaryWriter writer, LocalizedText text)
    {
        writer.Write(text.Zh);
        writer.Write(text.En);
    }

    private static LocalizedText ReadText(BinaryReader reader) => new(reader.ReadString(), reader.ReadString());

    private static void WriteOptionalText(BinaryWriter writer, LocalizedText? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            WriteText(writer, text);
        }
    }

    private static LocalizedText? ReadOptionalText(BinaryReader reader) => reader.ReadBoolean() ? ReadText(reader) : null;
}
