using System.Security.Cryptography;
using System.Text;

namespace Policy.Bot.Channels.WeChat;

/// <summary>
/// WeChat's request signatures: SHA-1 over the sorted, concatenated strings — token, timestamp and nonce for
/// <c>signature</c>; plus the ciphertext for <c>msg_signature</c> in safe mode.
/// </summary>
public static class WeChatSignature
{
    public static string Compute(params string[] parts)
    {
        var sorted = parts.Order(StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Constant-time comparison, so a forger learns nothing from how long a check takes.</summary>
    public static bool Matches(string? given, params string[] parts) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given.ToLowerInvariant()), Encoding.ASCII.GetBytes(Compute(parts)));
}
