using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Policy.Knowledge.Search;

/// <summary>
/// BM25 with its statistics taken over the documents that have the field, as Lucene 6+ does, rather than over the
/// whole index. Both languages share one index and the bigram fields exist only on Chinese documents: counting the
/// English documents would halve the average field length and skew every Chinese score. This is also what the
/// static site's script computes, which keeps the two rankings close.
/// </summary>
public sealed class ClauseSimilarity : BM25Similarity
{
    public static ClauseSimilarity Instance { get; } = new();

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var total = new Explanation { Description = "idf(), sum of:" };
        foreach (var stats in termStats)
        {
            var one = IdfExplain(collectionStats, stats);
            total.AddDetail(one);
            total.Value += one.Value;
        }

        return total;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        (float)StableAverage(collectionStats.SumTotalTermFreq, DocumentsWithField(collectionStats));

    /// <summary>
    /// The average field length BM25 divides by, rounded to a quarter: one clause edited among thousands moves the exact
    /// average by a thousandth, so the rounded one rarely moves, and every score of a term the edit did not touch stays
    /// what it was. The static index is updated per touched term on that (generator/Site/StaticSearch/ChunkedIndex.cs);
    /// a quarter is under half a percent of a Chinese clause's length.
    /// </summary>
    public static double StableAverage(double sum, double documents) =>
        sum <= 0 || documents <= 0 ? 1 : Math.Max(AverageStep, Math.Round(sum / documents / AverageStep, MidpointRounding.AwayFromZero) * AverageStep);

    private const double AverageStep = 0.25;

    private static long DocumentsWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : Math.Max(1, stats.MaxDoc);
}
