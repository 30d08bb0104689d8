using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Commands;

internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
