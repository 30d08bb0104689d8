using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>The real content/ built once per test class that needs it.</summary>
public sealed class SiteBuildFixture
{
    public SiteBuildFixture()
    {
        Result = SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, baseUrl: null);
        if (Result.Output is null)
        {
            throw new InvalidOperationException("content/ does not build:\n" + string.Join("\n", Result.Diagnostics.Sorted()));
        }
    }

    internal BuildResult Result { get; }

    internal SiteOutput Output => Result.Output!;
}
