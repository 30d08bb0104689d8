using System.CommandLine;
using System.Text;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Commands;

/// <summary>
/// <c>generator units add 泽州县市场监督管理局 --id zezhou-market-regulation --en "…"</c>: drafts a units.yml entry for a
/// responsible unit a new policy names, with its English name marked for review, so staff need not write YAML by hand.
/// </summary>
internal static class UnitsCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The unit's name as the policy writes it, e.g. 泽州县市场监督管理局" };
        var id = new Option<string?>("--id") { Description = "A permanent id: lowercase letters, digits and hyphens, e.g. zezhou-market-regulation" };
        var en = new Option<string?>("--en") { Description = "The English name (marked for review until staff check it)" };
        var content = CommonOptions.Content();
        var lang = StaffLanguage.Option();
        var add = new Command("add", "Add a responsible unit to content/units.yml, its English name marked for review") { name, id, en, content, lang };
        add.SetAction(parse => Add(parse.GetValue(name)!, parse.GetValue(id), parse.GetValue(en), parse.GetValue(content), parse.GetValue(lang)));
        return new Command("units", "Manage the responsible units in content/units.yml") { add };
    }

    public static int Add(string name, string? id, string? english, string? contentOption, string? languageOption = null)
    {
        var language = StaffLanguage.Resolve(languageOption);
        var root = CommonOptions.ResolveContent(contentOption, language);
        if (root is null)
        {
            return 2;
        }

        name = name.Trim();
        if (id is null || !Slug.IsValid(id))
        {
            Console.Error.WriteLine(language.Say(
                $"错误：请用 --id 给“{name}”一个固定编号（小写英文字母、数字和连字符），例如 --id zezhou-market-regulation。units.yml 未改动",
                $"error: give '{name}' a permanent id with --id (lowercase letters, digits and hyphens), e.g. --id zezhou-market-regulation. units.yml was not changed"));
            return 2;
        }

        var path = Path.Combine(root, ContentPaths.UnitsFile);
        var display = ContentPaths.Display(root, path);
        var diagnostics = new DiagnosticBag();
        var units = File.Exists(path) ? UnitDirectory.Load(path, display, diagnostics) : UnitDirectory.Empty;
        if (diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics, language);
            Console.Error.WriteLine(language.Say($"{display} 有错误，请先改正，再添加单位。文件未改动", $"{display} has errors: fix them first, then add the unit. The file was not changed"));
            return 1;
        }

        if (units.Resolve(name) is { } known)
        {
            Console.Error.WriteLine(language.Say($"“{name}”已经登记为单位“{known.Id}”，无需添加", $"'{name}' is already registered as unit '{known.Id}'; nothing to add"));
            return 0;
        }

        if (units.Find(id) is { } taken)
        {
            Console.Error.WriteLine(language.Say(
                $"错误：编号“{id}”已属于“{taken.Name.Zh}”。如果“{name}”就是这个单位的另一种写法，请把它加到该单位的 aliases 里；否则换一个编号",
                $"error: id '{id}' already belongs to '{taken.Name.Zh}'. If '{name}' is another spelling of that unit, add it to its aliases; otherwise choose another id"));
            return 1;
        }

        var entry = new StringBuilder()
            .Append('\n')
            .Append($"- id: {id}\n")
            .Append($"  zh: {Quote(name)}\n")
            .Append($"  en: {Quote(english?.Trim() is { Length: > 0 } e ? e : name)}\n")
            .Append($"  {UnitFields.EnglishDraft}: true\n")
            .Append($"  aliases: [{Quote(name)}]\n");
        var before = File.Exists(path) ? File.ReadAllText(path) : "";
        var text = before.Length == 0 || before.EndsWith('\n') ? before + entry : before + "\n" + entry;
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);

        Console.WriteLine(language.Say($"已在 {display} 添加单位“{name}”（{id}）。", $"added unit '{name}' ({id}) to {display}."));
        Console.WriteLine(english is null
            ? language.Say(
                $"还没有英文名：请在 {display} 里把 en: 改成英文名，核对后删除“{UnitFields.EnglishDraft}: true”这一行",
                $"it has no English name yet: set 'en:' in {display}, then delete the line '{UnitFields.EnglishDraft}: true'")
            : language.Say(
                $"英文名已标为待核对：核对后删除“{UnitFields.EnglishDraft}: true”这一行",
                $"the English name is marked for review: check it, then delete the line '{UnitFields.EnglishDraft}: true'"));
        return 0;
    }

    /// <summary>Double quotes when the text could break YAML (a comma, colon, quote or bracket), as staff are told to do.</summary>
    private static string Quote(string text) =>
        text.IndexOfAny([',', ':', '"', '\'', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`']) < 0 && text.Trim() == text
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
