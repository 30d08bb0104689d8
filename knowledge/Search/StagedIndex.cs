namespace Policy.Knowledge.Search;

/// <summary>
/// An index written to a sibling of its folder (<see cref="ClauseIndex.Stage"/>), not yet in place. <see cref="Publish"/>
/// swaps it in; disposing it unpublished deletes it, leaving the folder's index as it was.
/// </summary>
public sealed class StagedIndex : IDisposable
{
    internal StagedIndex(string folder)
    {
        Folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        Staging = $"{Folder}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}";
    }

    /// <summary>Where the index is published.</summary>
    public string Folder { get; }

    internal string Staging { get; }

    /// <summary>Puts the staged index in place of the folder's; a bot starting meanwhile opens one or the other.</summary>
    public void Publish()
    {
        var retired = $"{Folder}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var replacing = System.IO.Directory.Exists(Folder);
        if (replacing)
        {
            System.IO.Directory.Move(Folder, retired);
        }

        try
        {
            System.IO.Directory.Move(Staging, Folder);
        }
        catch when (replacing)
        {
            System.IO.Directory.Move(retired, Folder);
            throw;
        }

        if (replacing)
        {
            System.IO.Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Staging))
        {
            System.IO.Directory.Delete(Staging, recursive: true);
        }
    }
}
