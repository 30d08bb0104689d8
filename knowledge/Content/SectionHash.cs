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
        var text = section.Title + "\n" + section.Text;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(compact));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
