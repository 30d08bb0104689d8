// Lucene search latency: the shared library's ClauseSearcher (as generator search and the bot use it) over the real
// content, every eval query run many times. Usage: dotnet run scripts/bench-lucene.cs [rounds] [content folder] [bot]
// With a content folder (e.g. a corpus from scripts/make-corpus, built by `generator build`), its built index is searched.
// With "bot": the bot's searches instead, every question of tests/eval/bot-*.jsonl, top 60 without snippets.
#:project ../knowledge/Knowledge.csproj
#:property TreatWarningsAsErrors=false
using System.Diagnostics;
using System.Text.Json;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

var rounds = args.Length > 0 ? int.Parse(args[0]) : 50;
var repository = ContentPaths.FindContentRoot() ?? throw new InvalidOperationException("run from inside the repository");
var root = args.Length > 1 ? Path.GetFullPath(args[1]) : repository;
var (content, _) = ContentLoader.Load(root);
var eval = Path.Combine(Path.GetDirectoryName(repository)!, "tests", "eval");
var bot = args.Length > 2 && args[2] == "bot";
var (top, snippets) = bot ? (60, false) : (20, true);
var queries = bot
    ? Directory.GetFiles(eval, "bot-*.jsonl").Order().SelectMany(File.ReadLines).Where(l => l.Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!)
        .Select(q => ((string?)null, q)).ToList()
    : new[] { "search-dev.jsonl", "search-extra.jsonl" }
        .SelectMany(f => File.ReadLines(Path.Combine(eval, f)).Where(l => l.Length > 0))
        .Select(l => JsonDocument.Parse(l).RootElement)
        .Select(e => ((string?)e.GetProperty("lang").GetString()!, e.GetProperty("query").GetString()!))
        .Append(("zh", string.Concat(Enumerable.Repeat("免征增值税", 2000))))
        .Append(("en", string.Concat(Enumerable.Repeat("rent waiver ", 900))))
        .ToList();

var build = Stopwatch.StartNew();
using var searcher = args.Length > 1 ? ClauseSearcher.Open(BuiltIndex.FolderFor(root), content!) : ClauseSearcher.InMemory(content!);
build.Stop();
foreach (var (lang, query) in queries)
{
    searcher.Search(query, lang, top, snippets: snippets); // warm-up: JIT and analyzer dictionaries
}

var times = new List<double>();
var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
for (var r = 0; r < rounds; r++)
{
    foreach (var (lang, query) in queries)
    {
        var t = Stopwatch.GetTimestamp();
        searcher.Search(query, lang, top, snippets: snippets);
        times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
    }
}

cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
times.Sort();
Console.WriteLine($"lucene search (.NET {Environment.Version}): {queries.Count} queries x {rounds} rounds, top {top} {(snippets ? "with" : "without")} snippets");
Console.WriteLine($"  query: median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms");
Console.WriteLine($"  processor time per query (mean, steadier than wall time on a busy machine): {cpu.TotalMilliseconds / times.Count:0.00} ms");
Console.WriteLine($"  index build in memory or open (once per process): {build.ElapsedMilliseconds} ms");
