using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Policy.Bot.Answering;

namespace Policy.Bot.Cli;

/// <summary>
/// Answers a JSONL file of requests in order, one JSON result per line. A line that cannot be read gets an error result and
/// the batch goes on, so results always line up with requests.
/// </summary>
public static class BatchRunner
{
    public static async Task<int> RunAsync(PolicyBot bot, string path, TextWriter output, TextWriter? stats, CancellationToken cancel = default)
    {
        var latencies = new List<double>();
        var slowest = new List<(double Ms, string? Id)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var started = Stopwatch.GetTimestamp();
            var result = await AnswerLineAsync(bot, line, lineNumber, cancel);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            latencies.Add(elapsed);
            slowest.Add((elapsed, result.Id));
            output.WriteLine(BotJson.Serialize(result));
        }

        if (stats is not null)
        {
            WriteStats(stats, latencies);
            stats.WriteLine("slowest: " + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(8).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Id} {s.Ms:0} ms"))));
        }

        return 0;
    }

    /// <summary>One line of the batch: a request, or an error result saying why it is not one.</summary>
    public static async Task<BotResult> AnswerLineAsync(PolicyBot bot, string line, int lineNumber, CancellationToken cancel = default)
    {
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, lineNumber, "the line is not a JSON object");
            }

            id = ReadId(root);
            if (!root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String)
            {
                return Error(id, lineNumber, "\"question\" is missing or not a string");
            }

            var session = root.TryGetProperty("session", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            DateOnly? asOf = null;
            if (root.TryGetProperty("as_of", out var a) && a.ValueKind != JsonValueKind.Null)
            {
                if (a.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(a.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Error(id, lineNumber, "\"as_of\" is not a date in the form YYYY-MM-DD");
                }

                asOf = date;
            }

            return await bot.AskAsync(new BotRequest(question.GetString(), session, asOf, id), cancel);
        }
        catch (JsonException error)
        {
            return Error(id, lineNumber, $"not valid JSON ({error.Message})");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return Error(id, lineNumber, $"could not be answered ({error.GetType().Name}: {Clip(error.Message)})"); // e.g. the session store failed; the batch goes on
        }
    }

    private static string Clip(string message) => message.Length <= 200 ? message : message[..200] + "…";

    private static string? ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;

    private static BotResult Error(string? id, int line, string message) => new()
    {
        Id = id,
        Language = "en",
        InScope = false,
        Answer = "这一行无法读取，未作回答。This line could not be read and was not answered.",
        Error = $"line {line}: {message}",
    };

    private static void WriteStats(TextWriter stats, List<double> latencies)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }

        var all = latencies.Order().ToList();
        double At(double q) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        var startup = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds - latencies.Sum();
        // The first questions after a start run while the runtime is still compiling; a server soon leaves that behind.
        var warm = Median(latencies.Skip(latencies.Count / 2));
        stats.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"questions: {all.Count}; median: {At(0.5):0.00} ms; p95: {At(0.95):0.00} ms; max: {(all.Count == 0 ? 0 : all[^1]):0.00} ms; second half, median: {warm:0.00} ms; start-up (process start to first question): {startup:0} ms"));
    }
}
