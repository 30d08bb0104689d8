using System.Runtime.InteropServices;
using Policy.Bot.Understanding;
using Policy.Knowledge;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Answering;

/// <summary>The terms of a question and of every staff synonym group it uses (content/synonyms.yml), so 开户 finds 设立财务账户 if staff say so.</summary>
internal sealed class QuestionTerms(SynonymSet synonyms)
{
    // A pair of these says how something is asked, not what about: 能不, 是个, 这个; so does one alone (着 of 逼着).
    internal const string FunctionCharacters = "的了着过吗呢吧啊么我你他这那个是有能在不没要会都就还也和或给俺咋啥怎什哪些谁几多少想问下一点么样";

    // Each group with the terms of all its words and of each word, worked out once: a question is read against every group.
    private readonly (SynonymGroup Group, HashSet<string> Terms, IReadOnlyList<HashSet<string>> WordTerms)[] groups =
        [.. synonyms.In(Languages.Chinese).Concat(synonyms.In(Languages.English)).Select(g =>
        {
            HashSet<string>[] words = [.. g.Words.Select(w => TermOverlap.Terms(w))];
            return (g, words.SelectMany(w => w).ToHashSet(StringComparer.Ordinal), (IReadOnlyList<HashSet<string>>)words);
        })];

    public HashSet<string> Of(string question) => Of(question, null).All;

    /// <summary>The question's terms with those of every group it uses, and without those of <paramref name="leftOut"/>'s groups.</summary>
    public (HashSet<string> All, HashSet<string> Without) Of(string question, IReadOnlySet<SynonymGroup>? leftOut) => Of(Split(question), leftOut);

    /// <summary>The same, from the question's own terms and groups (<see cref="Split"/>).</summary>
    public static (HashSet<string> All, HashSet<string> Without) Of(
        (HashSet<string> Own, IReadOnlyList<(SynonymGroup Group, HashSet<string> Terms)> Groups) split, IReadOnlySet<SynonymGroup>? leftOut)
    {
        var terms = new HashSet<string>(split.Own, StringComparer.Ordinal);
        var without = leftOut is null ? terms : new HashSet<string>(split.Own, StringComparer.Ordinal);
        foreach (var (group, topic) in split.Groups)
        {
            terms.UnionWith(topic);
            if (leftOut is not null && !leftOut.Contains(group))
            {
                without.UnionWith(topic);
            }
        }

        return (terms, without);
    }

    /// <summary>
    /// The question's own terms, and each staff synonym group it uses with that group's terms: what a text may be matched by
    /// is the own terms and those of the groups the text uses too (<see cref="Uses"/>).
    /// </summary>
    public (HashSet<string> Own, IReadOnlyList<(SynonymGroup Group, HashSet<string> Terms)> Groups) Split(string question)
    {
        var own = TermOverlap.Terms(question);
        own.RemoveWhere(t => t.Length == 2 && FunctionCharacters.Contains(t[0]) && FunctionCharacters.Contains(t[1]));
        return (own, [.. Used(question).Select(u => (u.Group, u.Terms))]);
    }

    /// <summary>Whether a text uses a word of the group, as a question does (<see cref="Mentions"/>).</summary>
    public static bool Uses(string text, SynonymGroup group) => group.Words.Any(w => Mentions(text, w));

    /// <summary>
    /// Each staff synonym group <paramref name="topical"/> uses (the question without the words that name no topic), as the
    /// terms of each of its words: what else a clause's sentence may be matched by (<see cref="Citations.QuotableSentences"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<HashSet<string>>> SynonymsOf(string topical) => [.. Used(topical).Select(u => u.WordTerms)];

    /// <summary>The terms of each staff synonym group the question uses: the topics staff named, in every word they gave.</summary>
    public IEnumerable<IReadOnlySet<string>> Topics(string question) => Used(question).Select(u => u.Terms);

    private IEnumerable<(SynonymGroup Group, HashSet<string> Terms, IReadOnlyList<HashSet<string>> WordTerms)> Used(string question) =>
        groups.Where(g => g.Group.Words.Any(w => Mentions(question, w)));

    // An English word is mentioned as itself or inflected ("loans", "sealed"), not inside a longer word ("freeze" in "freezer").
    private static bool Mentions(string question, string word)
    {
        for (var at = question.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = question.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (char.IsAsciiLetter(word[0]) && at > 0 && char.IsAsciiLetter(question[at - 1]))
            {
                continue;
            }

            if (!char.IsAsciiLetter(word[^1]) || EndsWord(question.AsSpan(at + word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWord(ReadOnlySpan<char> rest)
    {
        var letters = 0;
        while (letters < rest.Length && char.IsAsciiLetter(rest[letters]))
        {
            letters++;
        }

        return rest[..letters] is "" or "s" or "es" or "d" or "ed" or "ing" or "ly";
    }
}

/// <summary>
/// How much of a question some clause speaks to: the rare terms it shares with the best clause, weighed by how few clauses
/// hold them. Below a floor no clause covers the question, and the bot says so instead of quoting unrelated clauses.
/// Kept as postings (term → the clauses holding it), so a question costs the clauses of its own terms, not a pass over
/// every clause. Built at start-up from <see cref="TermOverlap.Visit"/> without making a string per Chinese character
/// pair (a thousand policies hold tens of millions), one language per core.
/// </summary>
internal sealed class ClauseCoverage
{
    private readonly Dictionary<string, Postings> byLanguage = new(StringComparer.Ordinal);

    /// <summary>Where the postings are kept between starts, relative to the folder that holds content/.</summary>
    public const string SnapshotFile = "_build/bot/coverage.bin";

    private const string Magic = "clause-coverage/2";

    /// <param name="snapshot">
    /// A file to read the postings from when it was written for exactly this content (every policy file's hash) and this
    /// build of the bot, and to write them to otherwise; null to build them every time.
    /// </param>
    public ClauseCoverage(ContentSet content, string? snapshot = null)
    {
        var key = snapshot is null ? null : KeyOf(content);
        if (key is not null && Read(snapshot!, key) is { } read)
        {
            byLanguage = read;
            return;
        }

        var languages = Languages.All.ToArray();
        var built = new Postings[languages.Length];
        Parallel.For(0, languages.Length, i => built[i] = Postings.Of(content.Policies.Select(p => p.In(languages[i])).OfType<PolicyDocument>().SelectMany(d => d.Sections)));
        for (var i = 0; i < languages.Length; i++)
        {
            byLanguage[languages[i]] = built[i];
        }

        if (key is not null)
        {
            Write(snapshot!, key);
        }
    }

    /// <summary>The snapshot of <paramref name="content"/>: beside its built index (_build/), shared by every start.</summary>
    public static string SnapshotFor(ContentSet content) => Path.Combine(Knowledge.Search.BuiltIndex.RepositoryRoot(content.Root), SnapshotFile);

    /// <summary>What the postings are made from: every document's text (its hash), in order, and this build of the bot and of the parser.</summary>
    private static string KeyOf(ContentSet content)
    {
        var text = new System.Text.StringBuilder(CodeVersion.Of(typeof(ClauseCoverage)))
            .Append('|').Append(CodeVersion.Of(typeof(ContentSet)));
        foreach (var document in content.Policies.SelectMany(p => new[] { p.Chinese, p.English }).OfType<PolicyDocument>())
        {
            text.Append('|').Append(document.Language).Append(':').Append(document.SourceHash);
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The postings the snapshot holds for <paramref name="key"/>; null when it is missing, damaged or of other content.</summary>
    private static Dictionary<string, Postings>? Read(string file, string key)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadString() != Magic || reader.ReadString() != key)
            {
                return null;
            }

            var result = new Dictionary<string, Postings>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var language = reader.ReadString();
                result[language] = Postings.Read(reader);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? result : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the snapshot whole or not at all; a folder that cannot be written (a read-only deployment) is no error.</summary>
    private void Write(string file, string key)
    {
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(Magic);
                writer.Write(key);
                writer.Write(byLanguage.Count);
                foreach (var (language, postings) in byLanguage)
                {
                    writer.Write(language);
                    postings.Write(writer);
                }
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing was written, or it cannot be removed: either way the next start builds the postings again.
            }
        }
    }

    /// <summary>
    /// The floor in units of the weight of a term found in one clause only, so it does not move as policies are added
    /// (weights grow with the number of clauses): a share of 1.67 is 6.0 on one policy of 35 clauses.
    /// </summary>
    public double Floor(double share, string language) =>
        byLanguage.TryGetValue(language, out var postings) ? share * Math.Log(1 + postings.Clauses) : 0;

    // A term held by so few clauses (this share of a one-clause term's weight: one or two clauses of a policy) names a
    // provision; a word many clauses use (补贴, 经营场所) does not.
    private const double RareShare = 0.8;

    // A term at least this share of the clauses hold is what the whole library is about (个体工商户 in policies for
    // individual businesses): it tells no provision from another.
    private const double CommonShare = 0.5;

    /// <summary>Whether most clauses hold the term (see <see cref="CommonShare"/>).</summary>
    public bool Common(string term, string language) =>
        byLanguage.TryGetValue(language, out var postings) && postings.Holders(term) is { } holders && holders.Clauses >= CommonShare * postings.Clauses;

    /// <summary>Whether no clause or only very few hold the term (see <see cref="RareShare"/>).</summary>
    public bool Rare(string term, string language) =>
        !byLanguage.TryGetValue(language, out var postings) || postings.Holders(term) is not { } holders
        || Math.Log(1 + (postings.Clauses / (double)holders.Clauses)) >= RareShare * Math.Log(1 + postings.Clauses);

    /// <summary>
    /// The weight of the question's terms found in the clause that holds the most of them; terms of
    /// <paramref name="doubled"/> weigh twice.
    /// </summary>
    public double Best(HashSet<string> questionTerms, string language, IReadOnlySet<string>? doubled = null)
    {
        if (!byLanguage.TryGetValue(language, out var postings) || postings.Clauses == 0)
        {
            return 0;
        }

        // One slot per clause text, from a pool: a thousand policies have tens of thousands of clauses.
        var scores = System.Buffers.ArrayPool<double>.Shared.Rent(postings.Texts);
        Array.Clear(scores, 0, postings.Texts);
        var best = 0.0;
        foreach (var term in questionTerms)
        {
            if (postings.Holders(term) is not { } holders)
            {
                continue;
            }

            var weight = Math.Log(1 + (postings.Clauses / (double)holders.Clauses)) * (doubled?.Contains(term) == true ? 2 : 1);
            foreach (var text in holders.Texts)
            {
                best = Math.Max(best, scores[text] += weight);
            }
        }

        System.Buffers.ArrayPool<double>.Shared.Return(scores);
        return best;
    }

    /// <summary>The clauses holding a term: how many, and their different texts.</summary>
    private sealed class Holders(int clauses, List<int> texts)
    {
        public int Clauses { get; set; } = clauses;

        public List<int> Texts => texts;
    }

    /// <summary>
    /// One language's postings: Chinese pairs keyed by their two characters, other terms by their text. Clauses of the
    /// same text (a provision repeated in policy after policy) hold the same terms and score alike, so each text is
    /// listed once and counted as often as it stands: the weights are those of every clause, the lists a library's
    /// distinct provisions.
    /// </summary>
    private sealed class Postings
    {
        private readonly Dictionary<int, Holders> pairs = [];
        private readonly Dictionary<string, Holders> others = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Holders>.AlternateLookup<ReadOnlySpan<char>> othersBySpan;
        private int text;
        private int copies;

        private Postings() => othersBySpan = others.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>How many clauses there are.</summary>
        public int Clauses { get; private set; }

        /// <summary>How many different clause texts there are.</summary>
        public int Texts { get; private set; }

        public static Postings Of(IEnumerable<Section> sections)
        {
            var postings = new Postings();
            var texts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in sections)
            {
                var text = section.Title + " " + section.Text;
                texts[text] = texts.GetValueOrDefault(text) + 1;
                postings.Clauses++;
            }

            var sink = new Sink(postings);
            foreach (var (text, copies) in texts)
            {
                (postings.text, postings.copies) = (postings.Texts++, copies);
                TermOverlap.Visit(text, singleCharacters: false, ref sink);
            }

            return postings;
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(Clauses);
            writer.Write(Texts);
            writer.Write(pairs.Count);
            foreach (var (key, holders) in pairs)
            {
                writer.Write(key);
                Write(writer, holders);
            }

            writer.Write(others.Count);
            foreach (var (term, holders) in others)
            {
                writer.Write(term);
                Write(writer, holders);
            }
        }

        public static Postings Read(BinaryReader reader)
        {
            var postings = new Postings { Clauses = reader.ReadInt32(), Texts = reader.ReadInt32() };
            if (postings.Texts > postings.Clauses)
            {
                throw new FormatException("more clause texts than clauses");
            }

            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadInt32();
                postings.pairs[key] = ReadHolders(reader, postings);
            }

            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var term = reader.ReadString();
                postings.others[term] = ReadHolders(reader, postings);
            }

            return postings;
        }

        private static void Write(BinaryWriter writer, Holders holders)
        {
            writer.Write(holders.Clauses);
            writer.Write(holders.Texts.Count);
            writer.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(holders.Texts)));
        }

        private static Holders ReadHolders(BinaryReader reader, Postings postings)
        {
            var clauses = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (count <= 0 || count > postings.Texts || clauses < count || clauses > postings.Clauses)
            {
                throw new FormatException("a term held by no clause or by more clauses than there are");
            }

            var texts = new List<int>(count);
            CollectionsMarshal.SetCount(texts, count);
            if (reader.Read(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(texts))) != count * sizeof(int))
            {
                throw new EndOfStreamException();
            }

            if (texts.Any(t => (uint)t >= (uint)postings.Texts))
            {
                throw new FormatException("a clause text out of range");
            }

            return new Holders(clauses, texts);
        }

        public Holders? Holders(string term) =>
            term.Length == 2 && TermOverlap.IsHan(term[0]) && TermOverlap.IsHan(term[1]) ? pairs.GetValueOrDefault(Key(term[0], term[1])) : others.GetValueOrDefault(term);

        // Han characters run from U+4E00 to U+9FFF: 20,992 of them, so a pair fits an int.
        private static int Key(char first, char second) => ((first - '\u4e00') * 0x5200) + (second - '\u4e00');

        private void Pair(char first, char second) => Add(CollectionsMarshal.GetValueRefOrAddDefault(pairs, Key(first, second), out _) ??= new(0, []));

        private void Other(ReadOnlySpan<char> term)
        {
            if (!othersBySpan.TryGetValue(term, out var holders))
            {
                holders = new(0, []);
                othersBySpan[term] = holders;
            }

            Add(holders);
        }

        // Terms repeat within a text: each text is listed once, counted as often as it stands.
        private void Add(Holders holders)
        {
            if (holders.Texts.Count == 0 || holders.Texts[^1] != text)
            {
                holders.Texts.Add(text);
                holders.Clauses += copies;
            }
        }

        /// <summary>Hands the visited terms to the postings (a struct, so the visit's calls are not virtual).</summary>
        private readonly struct Sink(Postings postings) : TermOverlap.ITermSink
        {
            public void Pair(char first, char second) => postings.Pair(first, second);

            public void Single(char c)
            {
            }

            public void Other(ReadOnlySpan<char> term) => postings.Other(term);
        }
    }
}
