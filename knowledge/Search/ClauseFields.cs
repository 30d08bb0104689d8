namespace Policy.Knowledge.Search;

/// <summary>The clause index schema: one Lucene document per addressable section and language.</summary>
public static class ClauseFields
{
    /// <summary>The clause id, e.g. <c>jincheng-2022-67#measure-5</c>.</summary>
    public const string Id = "id";

    public const string Document = "document";

    public const string Anchor = "anchor";

    public const string Language = "language";

    /// <summary>The section kind in lower case (measure, group, safeguard, …).</summary>
    public const string Kind = "kind";

    public const string Title = "title";

    public const string Text = "text";

    /// <summary>The responsible units' names, Chinese and English, so "税务局" or "tax service" finds their measures (searched, not stored).</summary>
    public const string Units = "units";

    /// <summary>The page path below the site's base, e.g. <c>zh/policies/jincheng-2022-67/#measure-5</c>.</summary>
    public const string Url = "url";

    // Chinese documents are searched in fields of their own, as character unigrams + bigrams (their title and text above
    // are stored, not indexed), so each language's statistics (document counts, average lengths) are its own.
    public const string TitleGrams = "title_grams";

    public const string TextGrams = "text_grams";

    public const string UnitsGrams = "units_grams";

    /// <summary>The searched title, text and units fields of a document in <paramref name="language"/>.</summary>
    public static (string Title, string Text, string Units) Searched(string language) =>
        language == Content.Languages.Chinese ? (TitleGrams, TextGrams, UnitsGrams) : (Title, Text, Units);
}
