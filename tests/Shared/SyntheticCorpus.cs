using System.Diagnostics;
using System.Globalization;

namespace Policy.Tests;

/// <summary>Runs scripts/make-corpus: a corpus of synthetic policies made from the real one (needs python3, as CI installs).</summary>
internal static class SyntheticCorpus
{
    /// <summary>Writes <paramref name="policies"/> policies into <paramref name="folder"/>/content.</summary>
    public static void Make(string repositoryRoot, string folder, int policies)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { Path.Combine(repositoryRoot, "scripts", "make-corpus"), repositoryRoot, folder, policies.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start (scripts/make-corpus needs it)");
        var stderr = python.StandardError.ReadToEndAsync();
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/make-corpus failed: {stderr.Result}");
        }
    }
}
