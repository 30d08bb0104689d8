using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Content;

/// <summary>
/// The shared files as one load read them, under the hash of their texts (<see cref="PolicyChecks.SharedInputs"/>):
/// kept by <see cref="DocumentCache"/> while the texts are unchanged, so that kept checks linked to these very facts are
/// reused as they are.
/// </summary>
internal sealed record SharedFiles(string Key, SiteSettings? Site, UnitDirectory Units, Search.SynonymSet Synonyms, RegionDirectory Regions, FactSchema Facts, Diagnostic[] Diagnostics);

/// <summary>
/// What loading content works out for one policy from nothing but the policy's two files and the shared files: its
/// rules and the messages reading them gave, the messages of running their cases, and the messages of the checks that
/// read only the policy (<see cref="ContentValidator.ValidateAlone"/>). <see cref="DocumentCache"/> keeps it under
/// <see cref="KeyOf"/>, so an unchanged policy is not read and checked again. Checks across policies (duplicate ids,
/// links to other policies, relations) are not part of it: they run on every load.
/// </summary>
internal sealed record PolicyChecks(IReadOnlyList<Rule> Rules, Diagnostic[] Reading, Diagnostic[] Cases, Diagnostic[] Checks)
{
    public static PolicyChecks Run(BilingualPolicy policy, FactSchema facts, UnitDirectory units)
    {
        var reading = new DiagnosticBag();
        var rules = RuleReader.ReadPolicy(policy, facts, units, reading);
        var cases = new DiagnosticBag();
        RuleCaseRunner.Run(rules, cases);
        var checks = new DiagnosticBag();
        ContentValidator.ValidateAlone(policy, units, checks);
        return new PolicyChecks(rules, [.. reading.Items], [.. cases.Items], [.. checks.Items]);
    }

    /// <summary>
    /// Everything the checks read, hashed: both files (as displayed, and their text's hash; a translation that failed to
    /// parse counts as none, as it does for the checks) and the shared files' texts (<paramref name="shared"/>, from
    /// <see cref="SharedInputs"/>). The policy's region follows from its zh.md and regions.yml, both in the key.
    /// </summary>
    public static string KeyOf(BilingualPolicy policy, string shared) =>
        DocumentParser.SourceHashOf(string.Join("\n",
            policy.Chinese.DisplayPath, policy.Chinese.SourceHash, policy.English?.DisplayPath ?? "-", policy.English?.SourceHash ?? "-", shared));

    /// <summary>
    /// The shared files every policy's checks may read (facts.yml, units.yml, regions.yml, and the rest of
    /// <see cref="DiagnosticBag.SharedFiles"/> for good measure), hashed: a change to any of them checks every policy again.
    /// </summary>
    public static string SharedInputs(string contentRoot) =>
        DocumentParser.SourceHashOf(string.Join("\n", DiagnosticBag.SharedFiles.Select(name =>
        {
            var path = Path.Combine(contentRoot, name);
            return File.Exists(path) ? name + "\t" + DocumentParser.SourceHashOf(File.ReadAllText(path)) : name + "\t-";
        })));

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            RuleSnapshot.Write(writer, Rules);
            foreach (var list in new[] { Reading, Cases, Checks })
            {
                writer.Write(list.Length);
                foreach (var diagnostic in list)
                {
                    DocumentSnapshot.WriteDiagnostic(writer, diagnostic);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The checks saved by <see cref="ToBytes"/>, linked to <paramref name="facts"/>; null when they cannot be read back.</summary>
    public static PolicyChecks? FromBytes(byte[] bytes, FactSchema facts)
    {
        try
        {
            using var reader = new SnapshotReader(bytes);
            if (RuleSnapshot.Read(reader, facts) is not { } rules)
            {
                return null;
            }

            var lists = new Diagnostic[3][];
            for (var l = 0; l < lists.Length; l++)
            {
                lists[l] = new Diagnostic[reader.ReadInt32()];
                for (var d = 0; d < lists[l].Length; d++)
                {
                    lists[l][d] = DocumentSnapshot.ReadDiagnostic(reader);
                }
            }

            return reader.BaseStream.Position == bytes.Length ? new PolicyChecks(rules, lists[0], lists[1], lists[2]) : null;
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }
}
