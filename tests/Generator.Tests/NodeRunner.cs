using System.Diagnostics;
using System.Text.Json;

namespace Policy.Generator.Tests;

/// <summary>Runs one of this project's node scripts with templates/assets/search.js and reads the JSON array it prints.</summary>
internal static class NodeRunner
{
    public static List<JsonElement> RunWithSearchScript(string runner, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "Generator.Tests", runner));
        start.ArgumentList.Add(Path.Combine(RepoPaths.Templates, "assets", "search.js"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {runner} exited with {node.ExitCode}: {stderr.Result}");
        }

        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
    }
}
