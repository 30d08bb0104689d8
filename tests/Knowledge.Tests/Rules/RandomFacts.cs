using System.Globalization;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>
/// Fact sets and dates for the conformance test, drawn with a fixed seed so a failure can be reproduced. Values lean on
/// what breaks engines: each condition's boundary and its neighbours, the schema's range ends, and malformed input.
/// </summary>
internal sealed class RandomFacts(FactSchema schema, IReadOnlyList<Rule> rules, int seed)
{
    private static readonly string[] BadNumbers =
        ["", "abc", "-1", "1e5", " 150000", "150000 ", "150000.001", "１５００００", "150,000", "+5", ".5", "5.", "0x10", "Infinity", "NaN", "15万", "00150000.50", "0.10"];

    private static readonly string[] BadYesNo = ["yes", "no", "TRUE", "False", "1", "0", "", " true"];

    private readonly Random random = new(seed);

    public Dictionary<string, string> Facts()
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in schema.Facts.Where(_ => random.NextDouble() > 0.3))
        {
            facts[fact.Id] = Value(fact);
        }

        return facts;
    }

    public DateOnly Date()
    {
        var edges = rules.SelectMany(r => new[] { r.ValidFrom, r.ValidUntil ?? r.ValidFrom }).ToList();
        if (random.NextDouble() < 0.5)
        {
            return Pick(edges).AddDays(random.Next(-1, 2));
        }

        return new DateOnly(2021, 1, 1).AddDays(random.Next(0, 11 * 365));
    }

    public string Value(FactDefinition fact)
    {
        switch (fact.Type)
        {
            case FactType.Bool:
                return random.NextDouble() < 0.8 ? Pick(["true", "false"]) : Pick(BadYesNo);
            case FactType.Choice:
                return random.NextDouble() < 0.8 ? Pick(fact.Options.Select(o => o.Value).ToList()) : Pick(["other", "Small_Scale", "", "general "]);
        }

        var limits = rules.SelectMany(r => r.Conditions).Where(c => c.Fact.Id == fact.Id).Select(c => decimal.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        var roll = random.NextDouble();
        decimal number;
        if (roll < 0.4 && limits.Count > 0)
        {
            number = Pick(limits) + Pick([-1m, -0.01m, 0m, 0.01m, 1m]);
        }
        else if (roll < 0.5)
        {
            number = Pick([fact.Min, fact.Max, fact.Max + 0.01m, fact.Max + 1]);
        }
        else if (roll < 0.8)
        {
            number = Math.Round((decimal)random.NextDouble() * Math.Min(fact.Max, 3_000_000m), random.Next(0, 3));
        }
        else
        {
            return Pick(BadNumbers);
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
