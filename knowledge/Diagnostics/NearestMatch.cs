namespace Policy.Knowledge.Diagnostics;

/// <summary>"Did you mean …?": the known name closest to a mistyped one, when it is close enough to be the likely intent.</summary>
public static class NearestMatch
{
    /// <summary>
    /// The closest candidate by edit distance; null when none is within about a third of the name's length, or when
    /// several are equally close (measure-9 is as near to measure-1 as to measure-2: a guess would mislead).
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, typed.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var candidate in candidates.Distinct().Order(StringComparer.Ordinal))
        {
            if (candidate == typed)
            {
                continue;
            }

            var distance = Distance(typed, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tied = false;
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        return bestDistance <= limit && !tied ? best : null;
    }

    /// <summary>The suggestion as a sentence to append, in each language (empty when there is none).</summary>
    public static (string Zh, string En) Suggest(string typed, IEnumerable<string> candidates, string prefix = "")
    {
        var match = Find(typed, candidates);
        return match is null ? ("", "") : ($"是不是想写 {prefix}{match}？", $" Did you mean {prefix}{match}?");
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
