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

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        return sum <= 0 ? 1f : (float)(sum / (double)DocumentsWithField(collectionStats));
    }

    private static long DocumentsWithField(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : Math.Max(1, stats.MaxDoc);
}
