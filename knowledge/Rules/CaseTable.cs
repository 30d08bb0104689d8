using System.Globalization;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Reads a <c>```cases</c> block: a pipe table whose header names fact columns plus <c>as_of</c> and <c>verdict</c>,
/// and optionally <c>amount_yuan</c>, <c>asks</c>, <c>met</c> and <c>note</c>. One row per case; an empty fact cell is a fact not given.
/// </summary>
public static class CaseTable
{
    private static readonly string[] Columns = ["as_of", "verdict", "amount_yuan", "asks", "met", "note"];

    /// <param name="defaults">Facts a case has when the table has no column for them (a regional rule's region).</param>
    public static List<RuleCase> Parse(FencedData block, FactSchema facts, string path, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? defaults = null)
    {
        var cases = new List<RuleCase>();
        string[]? header = null;
        var lines = block.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = block.FirstLine + i;
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!text.StartsWith('|'))
            {
                diagnostics.Error(path, line, "用例表的每一行都以“|”开头，例如“| monthly_sales_yuan | as_of | verdict |”", "each line of a cases table starts with '|', e.g. '| monthly_sales_yuan | as_of | verdict |'");
                continue;
            }

            var cells = text.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = ReadHeader(cells, facts, path, line, diagnostics) ? cells : [];
                continue;
            }

            if (header.Length == 0 || cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                continue;
            }

            if (cells.Length != header.Length)
            {
                diagnostics.Error(path, line, $"这一行有 {cells.Length} 格，但表头有 {header.Length} 列：请补齐或删去多余的格", $"this case has {cells.Length} cells but the header has {header.Length} columns");
                continue;
            }

            if (ReadRow(header, cells, facts, path, line, diagnostics) is { } row)
            {
                var missing = defaults?.Where(d => !header.Contains(d.Key)).ToList() ?? [];
                cases.Add(missing.Count == 0 ? row : row with { Facts = new Dictionary<string, string>(row.Facts.Concat(missing), StringComparer.Ordinal) });
            }
        }

        return cases;
    }

    private static bool ReadHeader(string[] cells, FactSchema facts, string path, int line, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var name in cells.Where(c => !Columns.Contains(c) && facts.Find(c) is null))
        {
            var (zh, en) = NearestMatch.Suggest(name, facts.Facts.Select(f => f.Id).Concat(Columns));
            diagnostics.Error(path, line, $"用例表的列“{name}”既不是 content/facts.yml 里的事实，也不是 {string.Join("、", Columns)} 之一。{zh}",
                $"cases table column '{name}' is neither a fact in content/facts.yml nor one of: {string.Join(", ", Columns)}{en}", followsFrom: FactSchema.FileName);
            ok = false;
        }

        foreach (var required in new[] { "as_of", "verdict" }.Where(r => !cells.Contains(r)))
        {
            diagnostics.Error(path, line, $"用例表缺少“{required}”列", $"cases table needs a '{required}' column");
            ok = false;
        }

        return ok;
    }

    private static RuleCase? ReadRow(string[] header, string[] cells, FactSchema facts, string path, int line, DiagnosticBag diagnostics)
    {
        var values = header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        RuleCase? Fail(string message)
        {
            diagnostics.Error(path, line, $"这一行用例有误：{message}", message);
            return null;
        }

        if (!DateOnly.TryParseExact(values["as_of"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            return Fail($"as_of '{values["as_of"]}' is not a date; write it as YYYY-MM-DD, e.g. 2022-12-31");
        }

        if (Verdicts.Parse(values["verdict"]) is not { } verdict)
        {
            return Fail($"verdict '{values["verdict"]}' is not one of eligible, not_eligible, need_info, expired");
        }

        var amount = values.GetValueOrDefault("amount_yuan", "");
        if (amount.Length > 0 && amount != RuleCase.NoAmount)
        {
            if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
            {
                return Fail($"amount_yuan '{amount}' is not a number (or '-' for no amount)");
            }

            amount = ConditionText.Amount(yuan, Languages.Chinese);
        }

        var asksText = values.GetValueOrDefault("asks", "");
        var asks = asksText.Length == 0 ? null
            : asksText == RuleCase.NoAmount ? []
            : asksText.Split([' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var unknown in asks?.Where(a => facts.Find(a) is null) ?? [])
        {
            return Fail($"asks names an unknown fact '{unknown}'");
        }

        var met = values.GetValueOrDefault("met", "");
        if (met.Length > 0 && met is not ("true" or "false" or "unknown"))
        {
            return Fail($"met '{met}' must be true, false or unknown");
        }

        var given = values.Where(v => facts.Find(v.Key) is not null && v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var note = values.GetValueOrDefault("note", "");
        return new RuleCase(line, given, asOf, verdict, amount.Length == 0 ? null : amount, asks, met.Length == 0 ? null : met, note.Length == 0 ? null : note);
    }
}
