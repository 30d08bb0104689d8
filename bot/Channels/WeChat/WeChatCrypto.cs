using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Policy.Bot.Channels.WeChat;

/// <summary>
/// WeChat Official Account safe-mode message encryption: AES-256-CBC with the key from the EncodingAESKey
/// (Base64 of 43 characters plus '='), IV = the key's first 16 bytes, PKCS#7 padding to 32-byte blocks.
/// Plaintext: 16 random bytes, the message length (4 bytes, big-endian), the message, then the AppId.
/// </summary>
public sealed class WeChatCrypto
{
    private const int BlockSize = 32;
    private readonly byte[] key;
    private readonly byte[] appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        if (encodingAesKey.Length != 43)
        {
            throw new ArgumentException("the EncodingAESKey has 43 characters", nameof(encodingAesKey));
        }

        key = Convert.FromBase64String(encodingAesKey + "=");
        this.appId = Encoding.UTF8.GetBytes(appId);
    }

    public string Encrypt(string message, ReadOnlySpan<byte> random16)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var length = 16 + 4 + body.Length + appId.Length;
        var pad = BlockSize - (length % BlockSize);
        var plain = new byte[length + pad];
        random16[..16].CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), body.Length);
        body.CopyTo(plain, 20);
        appId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(16));

    /// <summary>The message, or null when the ciphertext is not ours: wrong key, bad padding, or another AppId.</summary>
    public string? Decrypt(string base64)
    {
        try
        {
            var cipher = Convert.FromBase64String(base64);
            if (cipher.Length == 0 || cipher.Length % 16 != 0)
            {
                return null;
            }

            using var aes = Aes.Create();
            aes.Key = key;
            var plain = aes.DecryptCbc(cipher, key.AsSpan(0, 16), PaddingMode.None);
            int pad = plain[^1];
            if (pad is < 1 or > BlockSize || pad > plain.Length - 20)
            {
                return null;
            }

            var content = plain.AsSpan(0, plain.Length - pad);
            var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
            if (length < 0 || length > content.Length - 20) // never 20 + length: it overflows for 0x7fffffff
            {
                return null;
            }

            var sender = content[(20 + length)..];
            return sender.SequenceEqual(appId) ? Encoding.UTF8.GetString(content.Slice(20, length)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
