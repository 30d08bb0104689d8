using Policy.Bot.Answering;

namespace Policy.Bot.Cli;

/// <summary>How a result reads in a terminal: the answer, then its numbered sources.</summary>
internal static class ResultPrinter
{
    public static void Print(BotResult result, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(BotJson.Serialize(result));
            return;
        }

        output.WriteLine(result.Answer);
        for (var i = 0; i < result.Citations.Count; i++)
        {
            var c = result.Citations[i];
            output.WriteLine($"  [{i + 1}] {c.Title} {c.Url}");
        }
    }
}
