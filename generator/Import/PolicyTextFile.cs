using System.Text;

namespace Policy.Generator.Import;

/// <summary>Reads a policy text extracted from a PDF or Word file, refusing what is not text.</summary>
internal static class PolicyTextFile
{
    static PolicyTextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file's lines, or an error message a staff member can act on.</summary>
    public static (string[]? Lines, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (null, $"{path}: the file is empty");
        }

        if (bytes.Take(8192).Count(b => b == 0 || (b < 8 && b != 0)) > 0)
        {
            return (null, $"{path}: this is not a text file (it looks binary). Copy the text out of the PDF or Word file and save it as a .txt file first");
        }

        var text = Decode(bytes);
        if (text is null)
        {
            return (null, $"{path}: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again");
        }

        return (text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'), null);
    }

    /// <summary>UTF-8 first; Chinese Windows tools often save GB18030 (GBK).</summary>
    private static string? Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
