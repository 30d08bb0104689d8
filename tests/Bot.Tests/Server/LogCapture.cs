using Microsoft.Extensions.Logging;

namespace Policy.Bot.Tests.Server;

/// <summary>Every log entry a server writes, as the console would get it (the configured filters apply).</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly List<Entry> entries = [];

    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " " + Exception)}";
    }

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a log shipper stores those, not only the text.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? " " + string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lock (capture.entries)
            {
                capture.entries.Add(new Entry(category, logLevel, formatter(state, exception) + values, exception));
            }
        }
    }
}
