using System.Text.Json;
using Policy.Bot.Cli;

namespace Policy.Bot.Tests;

/// <summary>
/// The sample questions through batch mode, scored per figure: citation hit, verdict, scope, language, follow-up.
/// A sample, not the exam: failures here point at general fixes (words, intent), never at special cases.
/// </summary>
public class EvalTests
{
    // Every figure of every sample file: they are samples of everyday questions, and each miss is a mechanism to fix.
    private const double Required = 1.0;

    [Theory]
    [InlineData("bot-dev.jsonl")]
    [InlineData("bot-extra.jsonl")]
    [InlineData("bot-dev-2.jsonl")]
    [InlineData("bot-generalisation-11.jsonl")]
    [InlineData("bot-generalisation-12.jsonl")]
    [InlineData("bot-generalisation-13.jsonl")]
    [InlineData("bot-generalisation-14.jsonl")]
    [InlineData("bot-generalisation-15.jsonl")]
    [InlineData("bot-generalisation-16.jsonl")]
    [InlineData("bot-generalisation-17.jsonl")]
    [InlineData("bot-generalisation-18.jsonl")]
    [InlineData("bot-generalisation-19.jsonl")]
    [InlineData("bot-generalisation-20.jsonl")]
    [InlineData("bot-generalisation-21.jsonl")]
    [InlineData("bot-generalisation-22.jsonl")]
    [InlineData("bot-generalisation-23.jsonl")]
    [InlineData("bot-generalisation-24.jsonl")]
    [InlineData("bot-generalisation-25.jsonl")]
    [InlineData("bot-generalisation-26.jsonl")]
    [InlineData("bot-generalisation-27.jsonl")]
    [InlineData("bot-generalisation-28.jsonl")]
    [InlineData("bot-generalisation-29.jsonl")]
    [InlineData("bot-generalisation-30.jsonl")]
    [InlineData("bot-generalisation-31.jsonl")]
    [InlineData("bot-generalisation-32.jsonl")]
    [InlineData("bot-generalisation-33.jsonl")]
    [InlineData("bot-generalisation-34.jsonl")]
    [InlineData("bot-generalisation-35.jsonl")]
    [InlineData("bot-generalisation-36.jsonl")]
    [InlineData("bot-generalisation-37.jsonl")]
    [InlineData("bot-generalisation-38.jsonl")]
    [InlineData("bot-generalisation-39.jsonl")]
    [InlineData("bot-generalisation-40.jsonl")]
    [InlineData("bot-generalisation-41.jsonl")]
    [InlineData("bot-generalisation-42.jsonl")]
    [InlineData("bot-generalisation-43.jsonl")]
    [InlineData("bot-generalisation-44.jsonl")]
    [InlineData("bot-generalisation-45.jsonl")]
    [InlineData("bot-generalisation-46.jsonl")]
    [InlineData("bot-generalisation-47.jsonl")]
    [InlineData("bot-generalisation-48.jsonl")]
    [InlineData("bot-generalisation-49.jsonl")]
    [InlineData("bot-generalisation-50.jsonl")]
    [InlineData("bot-generalisation-51.jsonl")]
    [InlineData("bot-generalisation-52.jsonl")]
    [InlineData("bot-generalisation-53.jsonl")]
    [InlineData("bot-generalisation-54.jsonl")]
    [InlineData("bot-generalisation-55.jsonl")]
    [InlineData("bot-generalisation-56.jsonl")]
    [InlineData("bot-generalisation-57.jsonl")]
    [InlineData("bot-generalisation-58.jsonl")]
    [InlineData("bot-generalisation-59.jsonl")]
    [InlineData("bot-generalisation-60.jsonl")]
    [InlineData("bot-generalisation-61.jsonl")]
    [InlineData("bot-generalisation-62.jsonl")]
    [InlineData("bot-generalisation-63.jsonl")]
    [InlineData("bot-generalisation-64.jsonl")]
    [InlineData("bot-generalisation-65.jsonl")]
    [InlineData("bot-generalisation-66.jsonl")]
    [InlineData("bot-generalisation-67.jsonl")]
    [InlineData("bot-generalisation-68.jsonl")]
    [InlineData("bot-generalisation-69.jsonl")]
    [InlineData("bot-generalisation-70.jsonl")]
    [InlineData("bot-generalisation-71.jsonl")]
    [InlineData("bot-generalisation-72.jsonl")]
    [InlineData("bot-generalisation-73.jsonl")]
    [InlineData("bot-generalisation-74.jsonl")]
    [InlineData("bot-generalisation-75.jsonl")]
    [InlineData("bot-generalisation-76.jsonl")]
    [InlineData("bot-generalisation-77.jsonl")]
    [InlineData("bot-generalisation-78.jsonl")]
    [InlineData("bot-generalisation-79.jsonl")]
    [InlineData("bot-generalisation-80.jsonl")]
    [InlineData("bot-generalisation-81.jsonl")]
    [InlineData("bot-generalisation-82.jsonl")]
    [InlineData("bot-generalisation-83.jsonl")]
    [InlineData("bot-generalisation-84.jsonl")]
    [InlineData("bot-generalisation-85.jsonl")]
    [InlineData("bot-generalisation-86.jsonl")]
    [InlineData("bot-generalisation-87.jsonl")]
    [InlineData("bot-generalisation-88.jsonl")]
    [InlineData("bot-generalisation-89.jsonl")]
    [InlineData("bot-generalisation-90.jsonl")]
    [InlineData("bot-generalisation-91.jsonl")]
    [InlineData("bot-generalisation-92.jsonl")]
    [InlineData("bot-generalisation-93.jsonl")]
    [InlineData("bot-generalisation-95.jsonl")]
    [InlineData("bot-generalisation-96.jsonl")]
    [InlineData("bot-generalisation-97.jsonl")]
    [InlineData("bot-generalisation-98.jsonl")]
    [InlineData("bot-generalisation-99.jsonl")]
    [InlineData("bot-generalisation-100.jsonl")]
    [InlineData("bot-generalisation-102.jsonl")]
    [InlineData("bot-generalisation-103.jsonl")]
    [InlineData("bot-generalisation-104.jsonl")]
    [InlineData("bot-generalisation-105.jsonl")]
    [InlineData("bot-generalisation-106.jsonl")]
    [InlineData("bot-generalisation-107.jsonl")]
    [InlineData("bot-generalisation-108.jsonl")]
    [InlineData("bot-generalisation-109.jsonl")]
    [InlineData("bot-generalisation-110.jsonl")]
    [InlineData("bot-generalisation-111.jsonl")]
    [InlineData("bot-generalisation-112.jsonl")]
    [InlineData("bot-generalisation-113.jsonl")]
    [InlineData("bot-generalisation-114.jsonl")]
    [InlineData("bot-generalisation-115.jsonl")]
    [InlineData("bot-generalisation-116.jsonl")]
    [InlineData("bot-generalisation-117.jsonl")]
    [InlineData("bot-generalisation-118.jsonl")]
    [InlineData("bot-generalisation-119.jsonl")]
    [InlineData("bot-generalisation-120.jsonl")]
    [InlineData("bot-generalisation-121.jsonl")]
    [InlineData("bot-generalisation-122.jsonl")]
    [InlineData("bot-generalisation-123.jsonl")]
    [InlineData("bot-generalisation-124.jsonl")]
    [InlineData("bot-generalisation-125.jsonl")]
    [InlineData("bot-generalisation-126.jsonl")]
    [InlineData("bot-generalisation-127.jsonl")]
    [InlineData("bot-generalisation-128.jsonl")]
    [InlineData("bot-generalisation-129.jsonl")]
    [InlineData("bot-generalisation-130.jsonl")]
    [InlineData("bot-generalisation-131.jsonl")]
    [InlineData("bot-generalisation-132.jsonl")]
    [InlineData("bot-generalisation-133.jsonl")]
    [InlineData("bot-generalisation-134.jsonl")]
    [InlineData("bot-generalisation-135.jsonl")]
    [InlineData("bot-generalisation-136.jsonl")]
    [InlineData("bot-generalisation-137.jsonl")]
    [InlineData("bot-generalisation-138.jsonl")]
    [InlineData("bot-generalisation-139.jsonl")]
    [InlineData("bot-generalisation-140.jsonl")]
    [InlineData("bot-generalisation-141.jsonl")]
    [InlineData("bot-generalisation-143.jsonl")]
    [InlineData("bot-generalisation-144.jsonl")]
    [InlineData("bot-generalisation-145.jsonl")]
    [InlineData("bot-generalisation-146.jsonl")]
    [InlineData("bot-generalisation-148.jsonl")]
    [InlineData("bot-generalisation-149.jsonl")]
    [InlineData("bot-generalisation-151.jsonl")]
    [InlineData("bot-generalisation-152.jsonl")]
    [InlineData("bot-generalisation-154.jsonl")]
    [InlineData("bot-generalisation-155.jsonl")]
    [InlineData("bot-generalisation-156.jsonl")]
    [InlineData("bot-generalisation-159.jsonl")]
    [InlineData("bot-generalisation-160.jsonl")]
    [InlineData("bot-generalisation-161.jsonl")]
    [InlineData("bot-generalisation-162.jsonl")]
    [InlineData("bot-generalisation-163.jsonl")]
    [InlineData("bot-generalisation-164.jsonl")]
    [InlineData("bot-generalisation-165.jsonl")]
    [InlineData("bot-generalisation-166.jsonl")]
    [InlineData("bot-generalisation-167.jsonl")]
    [InlineData("bot-generalisation-168.jsonl")]
    [InlineData("bot-generalisation-169.jsonl")]
    [InlineData("bot-generalisation-170.jsonl")]
    [InlineData("bot-generalisation-171.jsonl")]
    [InlineData("bot-generalisation-172.jsonl")]
    [InlineData("bot-generalisation-173.jsonl")]
    [InlineData("bot-generalisation-174.jsonl")]
    [InlineData("bot-generalisation-175.jsonl")]
    [InlineData("bot-generalisation-176.jsonl")]
    [InlineData("bot-generalisation-177.jsonl")]
    [InlineData("bot-generalisation-178.jsonl")]
    [InlineData("bot-generalisation-179.jsonl")]
    [InlineData("bot-generalisation-180.jsonl")]
    [InlineData("bot-generalisation-181.jsonl")]
    [InlineData("bot-generalisation-182.jsonl")]
    [InlineData("bot-generalisation-183.jsonl")]
    [InlineData("bot-generalisation-184.jsonl")]
    [InlineData("bot-generalisation-185.jsonl")]
    [InlineData("bot-generalisation-186.jsonl")]
    [InlineData("bot-generalisation-187.jsonl")]
    [InlineData("bot-generalisation-188.jsonl")]
    [InlineData("bot-generalisation-189.jsonl")]
    [InlineData("bot-generalisation-190.jsonl")]
    [InlineData("bot-generalisation-191.jsonl")]
    [InlineData("bot-generalisation-192.jsonl")]
    [InlineData("bot-generalisation-193.jsonl")]
    [InlineData("bot-generalisation-194.jsonl")]
    [InlineData("bot-generalisation-195.jsonl")]
    [InlineData("bot-generalisation-196.jsonl")]
    [InlineData("bot-generalisation-197.jsonl")]
    [InlineData("bot-generalisation-198.jsonl")]
    [InlineData("bot-generalisation-199.jsonl")]
    [InlineData("bot-generalisation-200.jsonl")]
    [InlineData("bot-generalisation-201.jsonl")]
    [InlineData("bot-generalisation-202.jsonl")]
    [InlineData("bot-generalisation-203.jsonl")]
    [InlineData("bot-generalisation-204.jsonl")]
    [InlineData("bot-generalisation-205.jsonl")]
    [InlineData("bot-generalisation-206.jsonl")]
    [InlineData("bot-generalisation-207.jsonl")]
    [InlineData("bot-generalisation-208.jsonl")]
    [InlineData("bot-generalisation-209.jsonl")]
    [InlineData("bot-generalisation-210.jsonl")]
    [InlineData("bot-generalisation-211.jsonl")]
    [InlineData("bot-generalisation-212.jsonl")]
    [InlineData("bot-generalisation-213.jsonl")]
    [InlineData("bot-generalisation-214.jsonl")]
    [InlineData("bot-generalisation-215.jsonl")]
    [InlineData("bot-generalisation-216.jsonl")]
    [InlineData("bot-generalisation-217.jsonl")]
    [InlineData("bot-generalisation-218.jsonl")]
    [InlineData("bot-generalisation-219.jsonl")]
    [InlineData("bot-generalisation-220.jsonl")]
    [InlineData("bot-generalisation-221.jsonl")]
    [InlineData("bot-generalisation-222.jsonl")]
    [InlineData("bot-generalisation-223.jsonl")]
    [InlineData("bot-generalisation-224.jsonl")]
    [InlineData("bot-generalisation-225.jsonl")]
    [InlineData("bot-generalisation-226.jsonl")]
    [InlineData("bot-generalisation-227.jsonl")]
    [InlineData("bot-generalisation-228.jsonl")]
    [InlineData("bot-generalisation-229.jsonl")]
    [InlineData("bot-generalisation-230.jsonl")]
    [InlineData("bot-generalisation-231.jsonl")]
    [InlineData("bot-generalisation-232.jsonl")]
    [InlineData("bot-generalisation-233.jsonl")]
    [InlineData("bot-generalisation-234.jsonl")]
    [InlineData("bot-generalisation-235.jsonl")]
    [InlineData("bot-generalisation-236.jsonl")]
    [InlineData("bot-generalisation-237.jsonl")]
    [InlineData("bot-generalisation-238.jsonl")]
    [InlineData("bot-generalisation-239.jsonl")]
    [InlineData("bot-generalisation-240.jsonl")]
    [InlineData("bot-generalisation-241.jsonl")]
    [InlineData("bot-generalisation-242.jsonl")]
    [InlineData("bot-generalisation-243.jsonl")]
    [InlineData("bot-generalisation-244.jsonl")]
    [InlineData("bot-generalisation-245.jsonl")]
    [InlineData("bot-generalisation-246.jsonl")]
    [InlineData("bot-generalisation-247.jsonl")]
    [InlineData("bot-generalisation-248.jsonl")]
    [InlineData("bot-generalisation-249.jsonl")]
    [InlineData("bot-generalisation-250.jsonl")]
    [InlineData("bot-generalisation-251.jsonl")]
    [InlineData("bot-generalisation-252.jsonl")]
    [InlineData("bot-generalisation-253.jsonl")]
    [InlineData("bot-generalisation-254.jsonl")]
    [InlineData("bot-generalisation-255.jsonl")]
    [InlineData("bot-generalisation-256.jsonl")]
    [InlineData("bot-generalisation-257.jsonl")]
    [InlineData("bot-generalisation-258.jsonl")]
    [InlineData("bot-generalisation-259.jsonl")]
    [InlineData("bot-generalisation-260.jsonl")]
    [InlineData("bot-generalisation-261.jsonl")]
    [InlineData("bot-generalisation-262.jsonl")]
    [InlineData("bot-generalisation-263.jsonl")]
    [InlineData("bot-generalisation-264.jsonl")]
    [InlineData("bot-generalisation-265.jsonl")]
    [InlineData("bot-generalisation-266.jsonl")]
    [InlineData("bot-generalisation-267.jsonl")]
    [InlineData("bot-generalisation-268.jsonl")]
    [InlineData("bot-generalisation-269.jsonl")]
    [InlineData("bot-generalisation-270.jsonl")]
    [InlineData("bot-generalisation-271.jsonl")]
    [InlineData("bot-generalisation-272.jsonl")]
    [InlineData("bot-generalisation-273.jsonl")]
    [InlineData("bot-generalisation-274.jsonl")]
    [InlineData("bot-generalisation-275.jsonl")]
    [InlineData("bot-generalisation-276.jsonl")]
    [InlineData("bot-generalisation-277.jsonl")]
    [InlineData("bot-generalisation-278.jsonl")]
    [InlineData("bot-generalisation-279.jsonl")]
    [InlineData("bot-generalisation-280.jsonl")]
    [InlineData("bot-generalisation-281.jsonl")]
    [InlineData("bot-generalisation-282.jsonl")]
    [InlineData("bot-generalisation-283.jsonl")]
    [InlineData("bot-generalisation-284.jsonl")]
    [InlineData("bot-generalisation-285.jsonl")]
    [InlineData("bot-generalisation-286.jsonl")]
    [InlineData("bot-generalisation-287.jsonl")]
    [InlineData("bot-generalisation-288.jsonl")]
    [InlineData("bot-generalisation-289.jsonl")]
    [InlineData("bot-generalisation-290.jsonl")]
    [InlineData("bot-generalisation-291.jsonl")]
    [InlineData("bot-generalisation-292.jsonl")]
    [InlineData("bot-generalisation-293.jsonl")]
    [InlineData("bot-generalisation-294.jsonl")]
    [InlineData("bot-generalisation-295.jsonl")]
    [InlineData("bot-generalisation-296.jsonl")]
    [InlineData("bot-generalisation-297.jsonl")]
    [InlineData("bot-generalisation-298.jsonl")]
    [InlineData("bot-generalisation-299.jsonl")]
    [InlineData("bot-generalisation-300.jsonl")]
    [InlineData("bot-generalisation-301.jsonl")]
    [InlineData("bot-generalisation-302.jsonl")]
    [InlineData("bot-generalisation-303.jsonl")]
    [InlineData("bot-generalisation-304.jsonl")]
    [InlineData("bot-generalisation-305.jsonl")]
    [InlineData("bot-generalisation-306.jsonl")]
    [InlineData("bot-generalisation-307.jsonl")]
    [InlineData("bot-generalisation-308.jsonl")]
    [InlineData("bot-generalisation-309.jsonl")]
    [InlineData("bot-generalisation-310.jsonl")]
    [InlineData("bot-generalisation-311.jsonl")]
    [InlineData("bot-generalisation-312.jsonl")]
    [InlineData("bot-generalisation-313.jsonl")]
    [InlineData("bot-generalisation-314.jsonl")]
    [InlineData("bot-generalisation-315.jsonl")]
    [InlineData("bot-generalisation-316.jsonl")]
    [InlineData("bot-generalisation-317.jsonl")]
    [InlineData("bot-generalisation-318.jsonl")]
    [InlineData("bot-generalisation-319.jsonl")]
    [InlineData("bot-generalisation-320.jsonl")]
    [InlineData("bot-generalisation-321.jsonl")]
    [InlineData("bot-generalisation-322.jsonl")]
    [InlineData("bot-generalisation-323.jsonl")]
    [InlineData("bot-generalisation-324.jsonl")]
    [InlineData("bot-generalisation-325.jsonl")]
    [InlineData("bot-generalisation-326.jsonl")]
    [InlineData("bot-generalisation-327.jsonl")]
    [InlineData("bot-generalisation-328.jsonl")]
    [InlineData("bot-generalisation-329.jsonl")]
    [InlineData("bot-generalisation-330.jsonl")]
    [InlineData("bot-generalisation-331.jsonl")]
    [InlineData("bot-generalisation-332.jsonl")]
    [InlineData("bot-generalisation-333.jsonl")]
    [InlineData("bot-generalisation-334.jsonl")]
    [InlineData("bot-generalisation-335.jsonl")]
    [InlineData("bot-generalisation-336.jsonl")]
    [InlineData("bot-generalisation-337.jsonl")]
    [InlineData("bot-generalisation-338.jsonl")]
    [InlineData("bot-generalisation-339.jsonl")]
    [InlineData("bot-generalisation-340.jsonl")]
    [InlineData("bot-generalisation-341.jsonl")]
    [InlineData("bot-generalisation-342.jsonl")]
    [InlineData("bot-generalisation-343.jsonl")]
    [InlineData("bot-generalisation-344.jsonl")]
    [InlineData("bot-generalisation-345.jsonl")]
    [InlineData("bot-generalisation-346.jsonl")]
    [InlineData("bot-generalisation-347.jsonl")]
    [InlineData("bot-generalisation-348.jsonl")]
    [InlineData("bot-generalisation-349.jsonl")]
    [InlineData("bot-generalisation-350.jsonl")]
    [InlineData("bot-generalisation-351.jsonl")]
    [InlineData("bot-generalisation-352.jsonl")]
    [InlineData("bot-generalisation-353.jsonl")]
    [InlineData("bot-generalisation-354.jsonl")]
    [InlineData("bot-generalisation-355.jsonl")]
    [InlineData("bot-generalisation-356.jsonl")]
    [InlineData("bot-generalisation-357.jsonl")]
    [InlineData("bot-generalisation-358.jsonl")]
    [InlineData("bot-generalisation-359.jsonl")]
    [InlineData("bot-generalisation-360.jsonl")]
    [InlineData("bot-generalisation-361.jsonl")]
    [InlineData("bot-generalisation-362.jsonl")]
    [InlineData("bot-generalisation-363.jsonl")]
    [InlineData("bot-generalisation-364.jsonl")]
    [InlineData("bot-generalisation-365.jsonl")]
    [InlineData("bot-generalisation-366.jsonl")]
    [InlineData("bot-generalisation-367.jsonl")]
    [InlineData("bot-generalisation-368.jsonl")]
    [InlineData("bot-generalisation-369.jsonl")]
    [InlineData("bot-generalisation-370.jsonl")]
    [InlineData("bot-generalisation-371.jsonl")]
    [InlineData("bot-generalisation-372.jsonl")]
    [InlineData("bot-generalisation-373.jsonl")]
    [InlineData("bot-generalisation-374.jsonl")]
    [InlineData("bot-generalisation-375.jsonl")]
    [InlineData("bot-generalisation-376.jsonl")]
    [InlineData("bot-generalisation-377.jsonl")]
    [InlineData("bot-generalisation-378.jsonl")]
    [InlineData("bot-generalisation-379.jsonl")]
    [InlineData("bot-generalisation-380.jsonl")]
    [InlineData("bot-generalisation-381.jsonl")]
    [InlineData("bot-generalisation-382.jsonl")]
    [InlineData("bot-generalisation-383.jsonl")]
    [InlineData("bot-generalisation-384.jsonl")]
    [InlineData("bot-generalisation-385.jsonl")]
    [InlineData("bot-generalisation-386.jsonl")]
    [InlineData("bot-generalisation-387.jsonl")]
    [InlineData("bot-generalisation-388.jsonl")]
    [InlineData("bot-generalisation-389.jsonl")]
    [InlineData("bot-generalisation-390.jsonl")]
    public async Task Batch_answers_pass_every_figure(string file)
    {
        var path = RepoPaths.Eval(file);
        var cases = EvalCase.Load(path);
        using var output = new StringWriter();
        await BatchRunner.RunAsync(TestBots.Create(), path, output, stats: null, TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable("BOT_EVAL_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllTextAsync(Path.Combine(dump, file), output.ToString(), TestContext.Current.CancellationToken); // for people tuning words
        }

        var results = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(cases.Count, results.Count);

        var figures = new Dictionary<string, (int Hit, int Total, List<string> Misses)>
        {
            ["citation hit"] = (0, 0, []), ["verdict"] = (0, 0, []), ["scope"] = (0, 0, []), ["language"] = (0, 0, []), ["follow-up"] = (0, 0, []), ["answer text"] = (0, 0, []),
        };
        void Score(string figure, string id, bool ok)
        {
            var (hit, total, misses) = figures[figure];
            if (!ok)
            {
                misses.Add(id);
            }

            figures[figure] = (hit + (ok ? 1 : 0), total + 1, misses);
        }

        var errors = new List<string>();
        foreach (var (expect, result) in cases.Zip(results))
        {
            Assert.Equal(expect.Id, result.GetProperty("id").GetString());
            if (result.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
            {
                errors.Add($"{expect.Id}: {error.GetString()}");
            }

            var cited = result.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
            var verdicts = result.GetProperty("eligibility").EnumerateArray()
                .GroupBy(e => e.GetProperty("clause").GetString()!)
                .ToDictionary(g => g.Key, g => g.Select(e => e.GetProperty("verdict").GetString()).ToList());
            if (expect.CiteAny.Count > 0)
            {
                Score("citation hit", expect.Id, expect.CiteAny.Any(cited.Contains));
            }

            if (expect.Verdicts.Count > 0 || expect.NotVerdicts.Count > 0)
            {
                Score("verdict", expect.Id, expect.Verdicts.All(v => verdicts.TryGetValue(v.Key, out var got) && got.Contains(v.Value))
                    && !expect.NotVerdicts.Any(v => verdicts.TryGetValue(v.Key, out var got) && got.Contains(v.Value)));
            }

            if (expect.ContainsAll.Count > 0 || expect.ContainsAny.Count > 0)
            {
                var answer = result.GetProperty("answer").GetString() ?? "";
                bool Has(string text) => answer.Contains(text, StringComparison.OrdinalIgnoreCase);
                Score("answer text", expect.Id, expect.ContainsAll.All(Has) && expect.ContainsAny.All(g => g.Any(Has)));
            }

            if (expect.InScope is { } inScope)
            {
                Score("scope", expect.Id, result.GetProperty("in_scope").GetBoolean() == inScope && (!expect.CiteNone || cited.Count == 0));
            }

            Score("language", expect.Id, result.GetProperty("language").GetString() == expect.Language);
            if (expect.FollowUp is { } followUp)
            {
                Score("follow-up", expect.Id, (result.GetProperty("follow_up").ValueKind == JsonValueKind.String) == followUp);
            }
        }

        foreach (var (figure, (hit, total, misses)) in figures)
        {
            var line = $"bot eval {file} {figure}: {hit}/{total} = {(total == 0 ? 1 : hit / (double)total):P0}{(misses.Count > 0 ? " — missed " + string.Join(", ", misses) : "")}";
            TestContext.Current.SendDiagnosticMessage(line);
        }

        Assert.True(errors.Count == 0, "not answered: " + string.Join("; ", errors));
        Assert.All(figures, f => Assert.True(f.Value.Total == 0 || f.Value.Hit >= Required * f.Value.Total, $"{f.Key}: {f.Value.Hit}/{f.Value.Total}, missed {string.Join(", ", f.Value.Misses)}"));
    }
}
