using System.Text.RegularExpressions;

namespace Policy.Bot.Understanding;

/// <summary>
/// Where one question of a Chinese message ends and the next begins when voice input left out the comma:
/// "增值税能免不房租能减不" is "增值税能免不，房租能减不"; "房租能减不减的话减几个月" is "房租能减不，减的话减几个月".
/// </summary>
internal static partial class QuestionBreaks
{
    /// <summary>The text with a comma after each question that runs into the next words.</summary>
    public static string Insert(string text) => ConditionAfterQuestion().Replace(QuestionEnd().Replace(text, "，"), "$1不，$1的话");

    /// <summary>The clauses of a Chinese message that ask yes or no ("增值税能免不", "房租能不能减"), the others telling.</summary>
    public static List<string> YesNoQuestions(string text) => [.. Negation.Clauses(Insert(text)).Where(c => YesNo().IsMatch(c))];

    // After "能X不" and before another question of 能 or 可以: not "能免不免", "能办中不中" (X not X, said whole), nor "能首违不罚吗"
    // (不 denying the next word).
    [GeneratedRegex(@"(?<=(?:能|可以)\p{IsCJKUnifiedIdeographs}?(\p{IsCJKUnifiedIdeographs})不)(?!\1)(?=[^，。？！,.?!\s]{1,10}?(?:能|可以))", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex QuestionEnd();

    // "能减不减的话": the question, then a condition on its answer.
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})不\1的话", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ConditionAfterQuestion();

    // A clause asking yes or no: ending in 不, 吗, 么, 没 (有), or asking "能不能", "中不中".
    [GeneratedRegex("(不|吗|么|没|没有)$|能不能|可不可以|行不行|中不中", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex YesNo();
}
