using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Policy.Knowledge.Content;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Policy.Knowledge.Search;

/// <summary>A section as it is searched, in one language: the same list feeds Lucene and the static site's index.</summary>
public sealed record SearchableClause(
    string Id,
    string DocumentId,
    string Anchor,
    string Language,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<LocalizedText> UnitNames,
    string Path)
{
    /// <summary>The units' names in both languages (Lucene), or in one (the static site, to keep its index small).</summary>
    public string Units(string? language = null) =>
        string.Join("；", UnitNames.Select(n => language is null ? $"{n.Zh} {n.En}" : n.In(language)));
}

/// <summary>Builds the Lucene clause index from the content: deterministic, so two builds of the same content index the same documents in the same order.</summary>
public static class ClauseIndex
{
    /// <summary>
    /// Every section a reader can land on, in both languages: policies by id, sections in document order, Chinese first.
    /// Parts without text of their own (三、工作措施) are left out: their groups and measures are the answers.
    /// </summary>
    public static IReadOnlyList<SearchableClause> Clauses(ContentSet content, string? language = null) => Clauses(content, content.Policies, language);

    /// <summary>The searchable clauses of <paramref name="policies"/> only, in the same order as <see cref="Clauses(ContentSet, string?)"/>.</summary>
    public static List<SearchableClause> Clauses(ContentSet content, IEnumerable<BilingualPolicy> policies, string? language = null)
    {
        var clauses = new List<SearchableClause>();
        foreach (var policy in policies.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            foreach (var lang in Languages.All.Where(l => language is null || l == language))
            {
                clauses.AddRange(policy.Chinese.Sections.Where(IsSearchable).Select(s => Describe(content, policy, s, lang)));
            }
        }

        return clauses;
    }

    private static bool IsSearchable(Section section) => section.Kind == SectionKind.Group || section.Paragraphs.Count > 0;

    private static SearchableClause Describe(ContentSet content, BilingualPolicy policy, Section chinese, string language)
    {
        // Untranslated sections show the Chinese text on the English page, so that is what an English search finds there.
        var english = policy.English?.Find(chinese.Anchor);
        var shown = language == Languages.English && english is not null && !policy.English!.Meta.Untranslated.Contains(chinese.Anchor)
            ? english
            : chinese;
        return new SearchableClause(
            chinese.ClauseId, policy.Id, chinese.Anchor, language, chinese.Kind.ToString().ToLowerInvariant(),
            shown.Title, shown.Text, content.UnitsOf(chinese).Select(u => u.Name).ToList(), SiteLinks.Clause(language, policy.Id, chinese.Anchor));
    }

    /// <summary>Below this many clauses the index is written on one thread: splitting costs more than it saves.</summary>
    public const int ClausesPerPart = 4_000;

    /// <summary>
    /// Indexes the content into <paramref name="directory"/>, replacing whatever it held. A large library is indexed on
    /// all cores: consecutive parts in parallel, each into memory on its own, then merged in order into one segment, so
    /// the documents stand in the same order (and score the same) however many parts there were. The parts are merged
    /// from readers over memory: adding their folders instead copied every file into <paramref name="directory"/> and
    /// merged the copies there, read back a byte at a time through a memory map.
    /// </summary>
    /// <param name="parts">How many parts; by default one per core not kept for other work (see <paramref name="coresKept"/>).</param>
    /// <param name="coresKept">
    /// Cores left to work running alongside (<c>generator build</c> renders the site meanwhile): parts on cores that are
    /// busy anyway only add their merge. At a thousand policies on two cores, one part made the whole build 10% faster.
    /// </param>
    public static void Build(ContentSet content, LuceneDirectory directory, int? parts = null, int coresKept = 0)
    {
        var clauses = Clauses(content);
        var count = Math.Clamp(parts ?? Math.Min(Environment.ProcessorCount - coresKept, clauses.Count / ClausesPerPart), 1, Math.Max(1, clauses.Count));
        using var writer = new IndexWriter(directory, WriterConfig());
        if (count == 1)
        {
            AddAll(writer, clauses);
        }
        else
        {
            var size = (clauses.Count + count - 1) / count;
            var pieces = new RAMDirectory[count];
            try
            {
                Parallel.For(0, count, i =>
                {
                    pieces[i] = new RAMDirectory();
                    using var part = new IndexWriter(pieces[i], WriterConfig());
                    AddAll(part, clauses.Skip(i * size).Take(size));
                    part.Commit();
                });
                var readers = pieces.Select(piece => (IndexReader)DirectoryReader.Open(piece)).ToArray();
                try
                {
                    writer.AddIndexes(readers);
                }
                finally
                {
                    foreach (var reader in readers)
                    {
                        reader.Dispose();
                    }
                }
            }
            finally
            {
                foreach (var piece in pieces.OfType<RAMDirectory>())
                {
                    piece.Dispose();
                }
            }
        }

        // One segment (as merging the parts already made it): a single segment keeps document order and scores stable.
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static IndexWriterConfig WriterConfig(OpenMode mode = OpenMode.CREATE) => new(SearchAnalyzers.Version, SearchAnalyzers.English)
    {
        OpenMode = mode,
        Similarity = ClauseSimilarity.Instance,
        // Merges only neighbouring segments, so merging keeps the documents in the order they were added (the default
        // tiered policy may merge by size, out of order).
        MergePolicy = new LogByteSizeMergePolicy(),
    };

    private static void AddAll(IndexWriter writer, IEnumerable<SearchableClause> clauses)
    {
        var documents = new ReusedDocuments();
        foreach (var clause in clauses)
        {
            writer.AddDocument(documents.Of(clause), SearchAnalyzers.For(clause.Language));
        }
    }

    /// <summary>An index in memory, as the bot and <c>generator search</c> use it.</summary>
    public static RAMDirectory BuildInMemory(ContentSet content)
    {
        var directory = new RAMDirectory();
        Build(content, directory);
        return directory;
    }

    /// <summary>
    /// Writes the index to a folder of its own (e.g. <c>_build/index/</c>), replacing the old index only once the new
    /// one is complete: a bot starting meanwhile opens either the old index or the new one, never half of one.
    /// </summary>
    public static void Write(ContentSet content, string folder)
    {
        using var staged = Stage(content, folder);
        staged.Publish();
    }

    /// <summary>
    /// Writes the index beside <paramref name="folder"/> without touching it: <see cref="StagedIndex.Publish"/> swaps it
    /// in, disposing it unpublished deletes it. <c>generator build</c> stages the index while it renders the site, and
    /// publishes it only if the site was built.
    /// </summary>
    /// <param name="coresKept">Cores left to work running alongside, as in <see cref="Build"/>.</param>
    public static StagedIndex Stage(ContentSet content, string folder, int coresKept = 0)
    {
        var staged = new StagedIndex(folder);
        try
        {
            using var directory = FSDirectory.Open(staged.Staging);
            Build(content, directory, coresKept: coresKept);
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings the index in <paramref name="folder"/> (written by <see cref="Write"/>) up to the content for the policies
    /// named: their documents are deleted and, for those still in the content, added again; every other document stays
    /// as it is. Done on a copy swapped in at the end, like <see cref="Write"/>. The changed policies' documents then
    /// stand after the others (document order only breaks ties between equal scores), and the deleted documents leave
    /// the term statistics when Lucene next merges that segment.
    /// </summary>
    public static void Update(ContentSet content, string folder, IReadOnlyCollection<string> policyIds)
    {
        using var staged = StageUpdate(content, folder, policyIds);
        staged.Publish();
    }

    /// <summary>The update of <see cref="Update"/>, staged beside the folder like <see cref="Stage"/>.</summary>
    public static StagedIndex StageUpdate(ContentSet content, string folder, IReadOnlyCollection<string> policyIds)
    {
        var staged = new StagedIndex(folder);
        try
        {
            System.IO.Directory.CreateDirectory(staged.Staging);
            foreach (var file in System.IO.Directory.GetFiles(staged.Folder).Where(f => Path.GetFileName(f) != IndexWriter.WRITE_LOCK_NAME))
            {
                File.Copy(file, Path.Combine(staged.Staging, Path.GetFileName(file)));
            }

            using var directory = FSDirectory.Open(staged.Staging);
            using var writer = new IndexWriter(directory, WriterConfig(OpenMode.APPEND));
            foreach (var id in policyIds)
            {
                writer.DeleteDocuments(new Term(ClauseFields.Document, id));
            }

            var ids = policyIds.ToHashSet(StringComparer.Ordinal);
            AddAll(writer, Clauses(content, content.Policies.Where(p => ids.Contains(p.Id))));
            writer.Commit();
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A clause's Lucene document: one document per language, its fields' values replaced for each clause, as Lucene
    /// advises for bulk indexing (a field reuses its token stream; a new field per clause made a new one each time, 0.4 GB
    /// of a full build's allocations at a thousand policies). Used by one writer thread at a time.
    /// </summary>
    private sealed class ReusedDocuments
    {
        private readonly Dictionary<string, (Document Document, (Field Field, Func<SearchableClause, string> Value)[] Fields)> byLanguage = new(StringComparer.Ordinal);

        public Document Of(SearchableClause clause)
        {
            if (!byLanguage.TryGetValue(clause.Language, out var made))
            {
                byLanguage[clause.Language] = made = Make(clause.Language);
            }

            foreach (var (field, value) in made.Fields)
            {
                field.SetStringValue(value(clause));
            }

            return made.Document;
        }

        /// <summary>The fields of a document in <paramref name="language"/>, each with its value: the keys stored as they are, the searched fields analysed.</summary>
        private static (Document, (Field, Func<SearchableClause, string>)[]) Make(string language)
        {
            var fields = new List<(Field, Func<SearchableClause, string>)>
            {
                (new StringField(ClauseFields.Id, "", Field.Store.YES), c => c.Id),
                (new StringField(ClauseFields.Document, "", Field.Store.YES), c => c.DocumentId),
                (new StringField(ClauseFields.Anchor, "", Field.Store.YES), c => c.Anchor),
                (new StringField(ClauseFields.Language, "", Field.Store.YES), c => c.Language),
                (new StringField(ClauseFields.Kind, "", Field.Store.YES), c => c.Kind),
                (new StringField(ClauseFields.Url, "", Field.Store.YES), c => c.Path),
            };
            var searched = ClauseFields.Searched(language);
            // The units' names are searched, never shown from the index (a result names its clause by title): not stored.
            foreach (var (shown, indexed, value) in new (string?, string, Func<SearchableClause, string>)[]
            {
                (ClauseFields.Title, searched.Title, c => c.Title),
                (ClauseFields.Text, searched.Text, c => c.Text),
                (null, searched.Units, c => c.Units()),
            })
            {
                if (shown == indexed)
                {
                    fields.Add((new TextField(indexed, "", Field.Store.YES), value));
                    continue;
                }

                if (shown is not null)
                {
                    fields.Add((new StoredField(shown, ""), value));
                }

                fields.Add((new TextField(indexed, "", Field.Store.NO), value));
            }

            var document = new Document();
            foreach (var (field, _) in fields)
            {
                document.Add(field);
            }

            return (document, [.. fields]);
        }
    }
}
