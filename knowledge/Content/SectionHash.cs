using System.Security.Cryptography;
using System.Text;

namespace Policy.Knowledge.Content;

/// <summary>
/// A short fingerprint of a Chinese section's wording. An English section records the fingerprint it was
/// translated from, so a later change to the Chinese text shows up as a stale translation.
/// </summary>
public static class SectionHash
{
    public static string Of(Section section)
    {
        // The wording without white space (title, then paragraphs), hashed.
        var compact = new StringBuilder(section.Title.Length + section.Paragraphs.Sum(p => p.Length));
        AppendCompact(compact, section.Title);
        foreach (var paragraph in section.Paragraphs)
        {
            AppendCompact(compact, paragraph);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(compact.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    private static void AppendCompact(StringBuilder compact, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                compact.Append(text, start, i - start);
                start = i + 1;
            }
        }
    }
}
