using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>
/// The lines of the unit pages (one per clause that names the unit), made per policy and kept with the policy's parsed
/// documents: while they are the same objects (the preview's builds reuse every unchanged policy's documents) and the
/// global key is the same, a policy's lines are not made again. Each policy's lines for a unit carry a digest of their
/// contents, so a unit page's key is a hash of a few digests instead of its serialized lines. At a thousand policies,
/// making every line and serializing it for the keys was 0.25 s of each preview save (docs/benchmarks.md).
/// </summary>
internal static class UnitClauseLists
{
    /// <summary>One policy's lines for one unit, in document order, and a digest of them.</summary>
    public sealed record Run(UnitClauseView[] Lines, string Digest);

    private sealed record Made(PolicyDocument? English, string GlobalKey, Dictionary<string, Run> ByUnit);

    private static readonly ConditionalWeakTable<PolicyDocument, Dictionary<string, Made>> Kept = [];

    /// <summary>For each unit id, the runs of every policy naming it, in the order of the policies.</summary>
    /// <param name="line">The line of a clause (a Chinese section) of a policy, as the page in <paramref name="lang"/> shows it.</param>
    public static Dictionary<string, List<Run>> For(ContentSet content, string lang, string globalKey, Func<BilingualPolicy, Section, UnitClauseView> line)
    {
        var byUnit = new Dictionary<string, List<Run>>(StringComparer.Ordinal);
        foreach (var policy in content.Policies)
        {
            foreach (var (unit, run) in Of(content, policy, lang, globalKey, line))
            {
                (byUnit.TryGetValue(unit, out var runs) ? runs : byUnit[unit] = []).Add(run);
            }
        }

        return byUnit;
    }

    private static Dictionary<string, Run> Of(ContentSet content, BilingualPolicy policy, string lang, string globalKey, Func<BilingualPolicy, Section, UnitClauseView> line)
    {
        var perLanguage = Kept.GetValue(policy.Chinese, _ => new Dictionary<string, Made>(StringComparer.Ordinal));
        lock (perLanguage)
        {
            if (perLanguage.TryGetValue(lang, out var made) && made.English == policy.English && made.GlobalKey == globalKey)
            {
                return made.ByUnit;
            }
        }

        var lines = new Dictionary<string, List<UnitClauseView>>(StringComparer.Ordinal);
        foreach (var section in policy.Chinese.Sections)
        {
            foreach (var unit in content.UnitsOf(section))
            {
                (lines.TryGetValue(unit.Id, out var list) ? list : lines[unit.Id] = []).Add(line(policy, section));
            }
        }

        var byUnit = lines.ToDictionary(u => u.Key, u => new Run([.. u.Value], Digest(u.Value)), StringComparer.Ordinal);
        lock (perLanguage)
        {
            perLanguage[lang] = new Made(policy.English, globalKey, byUnit);
        }

        return byUnit;
    }

    private static string Digest(List<UnitClauseView> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(lines)))[..32];
}
