namespace Policy.Knowledge.Search;

/// <summary>
/// Scores of the documents of one leaf, indexed by document. A document is present when its stamp is the current
/// epoch, so starting afresh costs nothing however many documents the last search touched.
/// </summary>
internal sealed class LeafScores(int capacity)
{
    private readonly int[] stamp = new int[capacity];
    private readonly int[] required = new int[capacity];
    private int epoch = 1;

    public int Capacity => capacity;

    public float[] Score { get; } = new float[capacity];

    /// <summary>For best-of groups: the sum of all disjuncts' scores.</summary>
    public float[] Sum { get; } = new float[capacity];

    /// <summary>The documents present, in the order they came.</summary>
    public List<int> Docs { get; } = [];

    /// <summary>Whether <see cref="Docs"/> is in ascending order.</summary>
    public bool Sorted { get; private set; } = true;

    /// <summary>The highest score added so far (an upper bound of any present document's score).</summary>
    public float Highest { get; private set; }

    public void Reset()
    {
        Docs.Clear();
        Sorted = true;
        Highest = 0f;
        if (++epoch == int.MaxValue)
        {
            Array.Clear(stamp);
            epoch = 1;
        }
    }

    public bool Has(int doc) => stamp[doc] == epoch;

    /// <summary>Adds a score to a document; with <paramref name="foundOnly"/>, only if it is present.</summary>
    public void Add(int doc, float score, bool foundOnly)
    {
        if (stamp[doc] == epoch)
        {
            Highest = Math.Max(Highest, Score[doc] += score);
        }
        else if (!foundOnly)
        {
            Insert(doc, score);
        }
    }

    /// <summary>The document met required clause number <paramref name="index"/> (counting from 0).</summary>
    public void Require(int doc, float score, int index)
    {
        if (index == 0)
        {
            Insert(doc, score);
            required[doc] = 1;
        }
        else if (stamp[doc] == epoch && required[doc] == index)
        {
            required[doc] = index + 1;
            Highest = Math.Max(Highest, Score[doc] += score);
        }
    }

    /// <summary>Drops the documents that missed a required clause.</summary>
    public void KeepOnly(int requiredCount)
    {
        var kept = 0;
        for (var i = 0; i < Docs.Count; i++)
        {
            var doc = Docs[i];
            if (required[doc] == requiredCount)
            {
                Docs[kept++] = doc;
            }
            else
            {
                stamp[doc] = 0;
            }
        }

        Docs.RemoveRange(kept, Docs.Count - kept);
    }

    public void Max(int doc, float score)
    {
        if (stamp[doc] != epoch)
        {
            Insert(doc, score);
            Sum[doc] = score;
            return;
        }

        Highest = Math.Max(Highest, Score[doc] = Math.Max(Score[doc], score));
        Sum[doc] += score;
    }

    /// <summary>Drops the documents scoring below <paramref name="lowest"/>, and puts the rest in ascending order.</summary>
    public void KeepReaching(float lowest)
    {
        var kept = 0;
        for (var i = 0; i < Docs.Count; i++)
        {
            var doc = Docs[i];
            if (Score[doc] >= lowest)
            {
                Docs[kept++] = doc;
            }
            else
            {
                stamp[doc] = 0;
            }
        }

        Docs.RemoveRange(kept, Docs.Count - kept);
        if (!Sorted)
        {
            Docs.Sort();
            Sorted = true;
        }
    }

    /// <summary>The <paramref name="k"/>-th highest score present (k ≤ the documents present).</summary>
    public float Kth(int k)
    {
        var lowest = new PriorityQueue<int, float>(k + 1);
        foreach (var doc in Docs)
        {
            if (lowest.Count < k)
            {
                lowest.Enqueue(doc, Score[doc]);
            }
            else if (lowest.TryPeek(out _, out var kth) && Score[doc] > kth)
            {
                lowest.EnqueueDequeue(doc, Score[doc]);
            }
        }

        return lowest.TryPeek(out _, out var result) ? result : 0f;
    }

    private void Insert(int doc, float score)
    {
        Sorted &= Docs.Count == 0 || Docs[^1] < doc;
        stamp[doc] = epoch;
        Score[doc] = score;
        Highest = Math.Max(Highest, score);
        Docs.Add(doc);
    }
}
