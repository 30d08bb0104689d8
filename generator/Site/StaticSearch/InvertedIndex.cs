using System.Text;
using Policy.Knowledge.Search;

namespace Policy.Generator.Site.StaticSearch;

/// <summary>
/// What replacing some clauses changed (<see cref="InvertedIndex.Replace"/>): the terms and long runs whose postings
/// differ; the clauses where they do (a term's or run's clauses, its counts there, or the clause's lengths changed);
/// and, of the terms, those whose postings differ beyond those clauses too (the number of clauses holding them in a
/// field changed, which weighs them anew everywhere). A postings list made from the changed terms and runs therefore
/// differs only in the changed clauses, unless it is made from one of the latter.
/// </summary>
internal sealed record IndexEdit(HashSet<string> Terms, HashSet<int> Runs, HashSet<int> Clauses, HashSet<string> Global)
{
    public static IndexEdit None() => new([], [], [], []);

    /// <summary>Both edits, one after the other.</summary>
    public IndexEdit With(IndexEdit next) => new([.. Terms, .. next.Terms], [.. Runs, .. next.Runs], [.. Clauses, .. next.Clauses], [.. Global, .. next.Global]);
}

/// <summary>
/// A language's clauses turned inside out, as the static index's scores are worked out from them: every term (in
/// ordinal order) with the clauses holding it and its count there in each field (title, text, units); each clause's
/// length in each field; the clauses holding each of the synonyms' long runs as written. Kept between builds
/// (<see cref="IndexState"/>): after an edit, the changed policies' clauses are replaced in it
/// (<see cref="Replace"/>) rather than every policy's analysis read again, and it says which terms and runs the edit
/// touched, whose postings alone can have changed.
/// </summary>
internal sealed class InvertedIndex
{
    private const double K1 = 1.2, B = 0.75;

    private static readonly double[] Weights = [ClauseQuery.TitleWeight, ClauseQuery.TextWeight, ClauseQuery.UnitsWeight];

    private readonly int[] starts;
    private readonly int[] clauses;
    private readonly ushort[] counts;
    private Dictionary<string, int>? ids;
    private double[][]? lengthParts;
    private double[]? withField;

    private InvertedIndex(string[] terms, int[] starts, int[] clauses, ushort[] counts, int[][] lengths, int[][] runClauses)
    {
        Terms = terms;
        this.starts = starts;
        this.clauses = clauses;
        this.counts = counts;
        Lengths = lengths;
        RunClauses = runClauses;
    }

    /// <summary>The terms, in ordinal order: term <c>t</c> of <see cref="Clauses"/> and <see cref="Score"/>.</summary>
    public string[] Terms { get; }

    /// <summary>Per clause, its length in units in each field.</summary>
    public int[][] Lengths { get; }

    /// <summary>Per long run (<see cref="StaticAnalysis.LongRuns"/>), the clauses holding it as written, in order.</summary>
    public int[][] RunClauses { get; }

    public int ClauseCount => Lengths.Length;

    /// <summary>How many (term, clause) pairs it holds.</summary>
    public int Size => clauses.Length;

    /// <summary>The place of a term in <see cref="Terms"/>, or -1.</summary>
    public int Find(string term)
    {
        ids ??= Terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return ids.TryGetValue(term, out var id) ? id : -1;
    }

    /// <summary>The clauses holding term <paramref name="t"/>, in order.</summary>
    public ArraySegment<int> Clauses(int t) => new(clauses, starts[t], starts[t + 1] - starts[t]);

    /// <summary>
    /// Per field, the clauses having the field (at least one) and their average length (<see cref="ClauseSimilarity.StableAverage"/>):
    /// what every score depends on beside the term's own counts. Two indexes with the same statistics give every term
    /// the same scores where its counts are the same.
    /// </summary>
    public (double[] WithField, double[] Average) Statistics()
    {
        var having = new double[3];
        var average = new double[3];
        for (var f = 0; f < 3; f++)
        {
            var (count, sum) = (0, 0.0);
            foreach (var lengths in Lengths)
            {
                count += lengths[f] > 0 ? 1 : 0;
                sum += lengths[f];
            }

            having[f] = Math.Max(count, 1);
            average[f] = ClauseSimilarity.StableAverage(sum, having[f]);
        }

        return (having, average);
    }

    /// <summary>
    /// Term <paramref name="t"/>'s score in each of its clauses: BM25 per field with the shared weights, added in field
    /// order, as search.js summed it when it built the index itself (a Chinese character weighs
    /// <see cref="ClauseQuery.UnigramWeight"/>).
    /// </summary>
    public double[] Score(int t)
    {
        if (lengthParts is null)
        {
            var (having, average) = Statistics();
            var parts = new double[3][];
            for (var f = 0; f < 3; f++)
            {
                parts[f] = new double[ClauseCount];
                for (var d = 0; d < ClauseCount; d++)
                {
                    parts[f][d] = K1 * (1 - B + (B * Lengths[d][f] / average[f]));
                }
            }

            (withField, lengthParts) = (having, parts);
        }

        var (from, to) = (starts[t], starts[t + 1]);
        Span<double> weighted = stackalloc double[3];
        for (var f = 0; f < 3; f++)
        {
            var df = 0;
            for (var e = from; e < to; e++)
            {
                df += counts[(e * 3) + f] > 0 ? 1 : 0;
            }

            weighted[f] = Weights[f] * Math.Log(1 + ((withField![f] - df + 0.5) / (df + 0.5)));
        }

        var unigram = Terms[t].Length == 1 && SearchText.IsHan(Terms[t][0]);
        var scores = new double[to - from];
        for (var e = from; e < to; e++)
        {
            var d = clauses[e];
            var score = 0.0;
            for (var f = 0; f < 3; f++)
            {
                var n = counts[(e * 3) + f];
                if (n > 0)
                {
                    score += weighted[f] * n * (K1 + 1) / (n + lengthParts![f][d]);
                }
            }

            scores[e - from] = unigram ? score * ClauseQuery.UnigramWeight : score;
        }

        return scores;
    }

    /// <summary>The index of clauses analysed in order, their term ids named by <paramref name="names"/>.</summary>
    public static InvertedIndex From(IReadOnlyList<AnalysedClause> analysed, IReadOnlyList<string> names, int runCount)
    {
        // The terms used, in ordinal order, and each one's clauses counted (a term in several fields is one entry).
        var used = new int[names.Count];
        var last = new int[names.Count];
        Array.Fill(last, -1);
        for (var d = 0; d < analysed.Count; d++)
        {
            foreach (var pairs in analysed[d].Fields)
            {
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    if (last[pairs[i]] != d)
                    {
                        last[pairs[i]] = d;
                        used[pairs[i]]++;
                    }
                }
            }
        }

        var order = Enumerable.Range(0, names.Count).Where(id => used[id] > 0).OrderBy(id => names[id], StringComparer.Ordinal).ToArray();
        var place = new int[names.Count];
        var starts = new int[order.Length + 1];
        for (var t = 0; t < order.Length; t++)
        {
            place[order[t]] = t;
            starts[t + 1] = starts[t] + used[order[t]];
        }

        var clauses = new int[starts[^1]];
        var counts = new ushort[clauses.Length * 3];
        var next = starts[..^1];
        Array.Fill(last, -1);
        for (var d = 0; d < analysed.Count; d++)
        {
            var fields = analysed[d].Fields;
            for (var f = 0; f < 3; f++)
            {
                var pairs = fields[f];
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    var t = place[pairs[i]];
                    if (last[pairs[i]] != d)
                    {
                        last[pairs[i]] = d;
                        clauses[next[t]++] = d;
                    }

                    counts[((next[t] - 1) * 3) + f] = Count(pairs[i + 1]);
                }
            }
        }

        var runs = Enumerable.Range(0, runCount).Select(_ => new List<int>()).ToArray();
        for (var d = 0; d < analysed.Count; d++)
        {
            foreach (var r in analysed[d].Runs)
            {
                runs[r].Add(d);
            }
        }

        return new InvertedIndex(order.Select(id => names[id]).ToArray(), starts, clauses, counts,
            analysed.Select(a => a.Lengths).ToArray(), runs.Select(r => r.ToArray()).ToArray());
    }

    private static ushort Count(int n) =>
        n <= ushort.MaxValue ? (ushort)n : throw new InvalidDataException($"a clause holds one term {n} times: over {ushort.MaxValue} is not indexed");

    /// <summary>
    /// This index with the clauses from <paramref name="start"/> on replaced by <paramref name="replacement"/> (as many),
    /// and what that changed (<see cref="IndexEdit"/>).
    /// </summary>
    public (InvertedIndex Index, IndexEdit Edit) Replace(int start, IReadOnlyList<AnalysedClause> replacement, IReadOnlyList<string> names)
    {
        var end = start + replacement.Count;

        // The replacement's entries per term: (clause, counts per field).
        var added = new Dictionary<string, List<(int Clause, ushort[] Counts)>>(StringComparer.Ordinal);
        for (var c = 0; c < replacement.Count; c++)
        {
            var fields = replacement[c].Fields;
            for (var f = 0; f < 3; f++)
            {
                for (var i = 0; i < fields[f].Length; i += 2)
                {
                    var list = System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(added, names[fields[f][i]], out _) ??= [];
                    if (list.Count == 0 || list[^1].Clause != start + c)
                    {
                        list.Add((start + c, new ushort[3]));
                    }

                    list[^1].Counts[f] = Count(fields[f][i + 1]);
                }
            }
        }

        // The clauses whose lengths changed: every term in them scores differently there.
        var resized = new HashSet<int>();
        for (var c = 0; c < replacement.Count; c++)
        {
            if (!Lengths[start + c].AsSpan().SequenceEqual(replacement[c].Lengths))
            {
                resized.Add(start + c);
            }
        }

        // Per old term, its entries before and from the range; touched when those in the range are not the same as the
        // replacement's, or lie in a clause whose lengths changed.
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var changed = new HashSet<int>(resized);
        var cut = new int[Terms.Length];
        var resume = new int[Terms.Length];
        for (var t = 0; t < Terms.Length; t++)
        {
            cut[t] = LowerBound(start, t);
            resume[t] = cut[t] < starts[t + 1] && clauses[cut[t]] < end ? LowerBound(end, t) : cut[t];
            if (Differ(cut[t], resume[t], added.GetValueOrDefault(Terms[t])))
            {
                touched.Add(Terms[t]);
            }
        }

        foreach (var (term, list) in added.Where(a => Find(a.Key) < 0))
        {
            touched.Add(term);
            changed.UnionWith(list.Select(e => e.Clause));
        }

        var terms = Terms.Concat(added.Keys.Where(k => Find(k) < 0)).Order(StringComparer.Ordinal).ToArray();
        var newStarts = new List<int>(terms.Length + 1) { 0 };
        var kept = new List<string>(terms.Length);
        var total = clauses.Length + added.Values.Sum(l => l.Count) - Enumerable.Range(0, Terms.Length).Sum(t => resume[t] - cut[t]);
        var newClauses = new int[total];
        var newCounts = new ushort[total * 3];
        var at = 0;
        foreach (var term in terms)
        {
            var t = Find(term);
            var own = added.GetValueOrDefault(term);
            var before = at;
            if (t >= 0)
            {
                Copy(starts[t], cut[t]);
            }

            foreach (var (clause, c) in own ?? [])
            {
                newClauses[at] = clause;
                c.CopyTo(newCounts, at * 3);
                at++;
            }

            if (t >= 0)
            {
                Copy(resume[t], starts[t + 1]);
            }

            if (at > before)
            {
                kept.Add(term);
                newStarts.Add(at);
            }
        }

        var lengths = (int[][])Lengths.Clone();
        var runClauses = RunClauses.Select(list => list.Where(d => d < start || d >= end).ToList()).ToArray();
        for (var c = 0; c < replacement.Count; c++)
        {
            lengths[start + c] = replacement[c].Lengths;
            foreach (var r in replacement[c].Runs)
            {
                runClauses[r].Add(start + c);
            }
        }

        var newRuns = runClauses.Select(l => l.Order().ToArray()).ToArray();
        var runs = Enumerable.Range(0, newRuns.Length).Where(r => !newRuns[r].AsSpan().SequenceEqual(RunClauses[r])).ToHashSet();
        foreach (var r in runs)
        {
            changed.UnionWith(newRuns[r].Except(RunClauses[r]).Concat(RunClauses[r].Except(newRuns[r])));
        }

        var index = new InvertedIndex([.. kept], [.. newStarts], newClauses, newCounts, lengths, newRuns);

        // The touched terms whose number of clauses having them in a field changed: their scores change in every clause
        // holding them, not only in the changed ones.
        var global = touched.Where(term =>
        {
            var (before, after) = (Find(term), index.Find(term));
            return (before >= 0 && after >= 0 && !FieldCounts(before).SequenceEqual(index.FieldCounts(after)) &&
                    (Clauses(before).Any(d => !changed.Contains(d)) || index.Clauses(after).Any(d => !changed.Contains(d))))
                || (before >= 0 && after < 0 && Clauses(before).Any(d => !changed.Contains(d)));
        }).ToHashSet(StringComparer.Ordinal);
        return (index, new IndexEdit(touched, runs, changed, global));

        // Whether a term's entries in the range (from..to) differ from the replacement's, or lie in a clause whose
        // lengths changed; the clauses where they do are added to the changed ones.
        bool Differ(int from, int to, List<(int Clause, ushort[] Counts)>? now)
        {
            var differ = false;
            var (e, i, n) = (from, 0, now?.Count ?? 0);
            while (e < to || i < n)
            {
                var mine = e < to ? clauses[e] : int.MaxValue;
                var theirs = i < n ? now![i].Clause : int.MaxValue;
                if (mine == theirs)
                {
                    if (resized.Contains(mine) || !now![i].Counts.AsSpan().SequenceEqual(counts.AsSpan(e * 3, 3)))
                    {
                        (differ, _) = (true, changed.Add(mine));
                    }

                    (e, i) = (e + 1, i + 1);
                }
                else
                {
                    (differ, _) = (true, changed.Add(Math.Min(mine, theirs)));
                    (e, i) = mine < theirs ? (e + 1, i) : (e, i + 1);
                }
            }

            return differ;
        }

        void Copy(int from, int to)
        {
            Array.Copy(clauses, from, newClauses, at, to - from);
            Array.Copy(counts, from * 3, newCounts, at * 3, (to - from) * 3);
            at += to - from;
        }
    }

    /// <summary>Per field, how many clauses hold term <paramref name="t"/> there.</summary>
    private int[] FieldCounts(int t)
    {
        var df = new int[3];
        for (var e = starts[t]; e < starts[t + 1]; e++)
        {
            for (var f = 0; f < 3; f++)
            {
                df[f] += counts[(e * 3) + f] > 0 ? 1 : 0;
            }
        }

        return df;
    }

    /// <summary>The first entry of term <paramref name="t"/> at or after clause <paramref name="clause"/>.</summary>
    private int LowerBound(int clause, int t)
    {
        var (lo, hi) = (starts[t], starts[t + 1]);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (clauses[mid] < clause)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Writes the index: terms, then each term's entries (clause deltas and counts), the lengths and the runs, as varints.</summary>
    public void WriteTo(IndexState.StateWriter writer)
    {
        writer.Write7BitEncodedInt(Terms.Length);
        writer.Write7BitEncodedInt(clauses.Length);
        for (var t = 0; t < Terms.Length; t++)
        {
            writer.Write(Terms[t]);
            writer.Write7BitEncodedInt(starts[t + 1] - starts[t]);
            var previous = 0;
            for (var e = starts[t]; e < starts[t + 1]; e++)
            {
                writer.Write7BitEncodedInt(clauses[e] - previous);
                previous = clauses[e];
                for (var f = 0; f < 3; f++)
                {
                    writer.Write7BitEncodedInt(counts[(e * 3) + f]);
                }
            }
        }

        writer.Write7BitEncodedInt(Lengths.Length);
        foreach (var lengths in Lengths)
        {
            foreach (var length in lengths)
            {
                writer.Write7BitEncodedInt(length);
            }
        }

        writer.Write7BitEncodedInt(RunClauses.Length);
        foreach (var list in RunClauses)
        {
            writer.Write7BitEncodedInt(list.Length);
            foreach (var d in list)
            {
                writer.Write7BitEncodedInt(d);
            }
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote; throws on anything else (the caller then builds afresh).</summary>
    public static InvertedIndex ReadFrom(IndexState.StateReader reader)
    {
        var termCount = Count(reader, int.MaxValue);
        var terms = new string[termCount];
        var starts = new int[termCount + 1];
        var clauses = new int[Count(reader, Array.MaxLength / 3)];
        var counts = new ushort[clauses.Length * 3];
        var at = 0;
        for (var t = 0; t < termCount; t++)
        {
            terms[t] = reader.ReadString();
            var n = Count(reader, clauses.Length - at);
            var previous = 0;
            for (var e = 0; e < n; e++, at++)
            {
                previous += Count(reader, int.MaxValue);
                clauses[at] = previous;
                for (var f = 0; f < 3; f++)
                {
                    counts[(at * 3) + f] = (ushort)Count(reader, ushort.MaxValue);
                }
            }

            starts[t + 1] = at;
        }

        if (at != clauses.Length)
        {
            throw new InvalidDataException("fewer entries than the index said");
        }

        var lengths = new int[Count(reader, int.MaxValue)][];
        for (var d = 0; d < lengths.Length; d++)
        {
            lengths[d] = [Count(reader, int.MaxValue), Count(reader, int.MaxValue), Count(reader, int.MaxValue)];
        }

        var runs = new int[Count(reader, int.MaxValue)][];
        for (var r = 0; r < runs.Length; r++)
        {
            runs[r] = new int[Count(reader, lengths.Length)];
            for (var i = 0; i < runs[r].Length; i++)
            {
                runs[r][i] = Count(reader, lengths.Length - 1);
            }
        }

        if (clauses.Any(d => d >= lengths.Length))
        {
            throw new InvalidDataException("a clause beyond the index");
        }

        return new InvertedIndex(terms, starts, clauses, counts, lengths, runs);
    }

    private static int Count(IndexState.StateReader reader, int max)
    {
        var value = reader.Read7BitEncodedInt();
        return value >= 0 && value <= max ? value : throw new InvalidDataException($"{value} out of range");
    }
}
