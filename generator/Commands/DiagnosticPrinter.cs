using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Commands;

/// <summary>Prints diagnostics as staff should read them: shared files first, echoes of their errors left out.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics, string language)
    {
        var report = diagnostics.ForStaff();
        foreach (var diagnostic in report.Shown)
        {
            Console.Error.WriteLine(diagnostic.Format(language));
        }

        if (report.HiddenNote(language) is { } note)
        {
            Console.Error.WriteLine(note);
        }
    }
}
