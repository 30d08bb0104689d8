using System.Text;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>The checker page prefilled with the user's facts, e.g. /zh/check/?taxpayer_kind=small_scale&amp;monthly_sales_yuan=120000&amp;as_of=2022-06-01.</summary>
internal static class CheckerLink
{
    public static string Build(SiteSettings site, string language, IEnumerable<FactDefinition> schema, IReadOnlyDictionary<string, string> facts, DateOnly? asOf)
    {
        var query = new StringBuilder();
        foreach (var fact in schema)
        {
            if (facts.TryGetValue(fact.Id, out var value))
            {
                Append(fact.Id, value);
            }
        }

        if (asOf is { } date)
        {
            Append("as_of", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var url = site.AbsoluteUrl(SiteLinks.Check(language));
        return query.Length == 0 ? url : url + "?" + query;

        void Append(string key, string value)
        {
            query.Append(query.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
