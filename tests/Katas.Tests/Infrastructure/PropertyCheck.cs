using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Runs FsCheck properties from ordinary theories, so that every implementation gets its own row and
/// stubs are skipped before FsCheck runs (see <c>Subject</c>). A failure reports what the failing run
/// of the law did: the input each call of the code under test received and what it returned (see
/// <see cref="CallLog"/>), the assertion that failed, the input before shrinking, and the seed that
/// replays it.
/// </summary>
/// <remarks>
/// <para>
/// Replay a failure by setting <c>KATAS_REPLAY</c> to the seed the failure printed, for example
/// <c>KATAS_REPLAY="12345,67891" dotnet test ...</c>. <c>KATAS_MAX_TEST</c> overrides the number of
/// generated cases (for a longer soak run).
/// </para>
/// <para>
/// The message, which <c>katas check</c> takes apart, reads:
/// <code>
/// Falsifiable, after 2 tests (5 shrinks) (seed,gamma):
/// Input:
/// nums = [0, 1], k = 2
/// Output:
/// {0}
/// Before shrinking:
/// nums = [3, 0, 1], k = 3
/// with exception:
/// Xunit.Sdk.XunitException: Expected ... to be equal to {1}, but {0} differs at index 0.
///    at ...
///
/// Replay this exact run: KATAS_REPLAY="seed,gamma" (set it, re-run this test).
/// </code>
/// With several calls, <c>Calls:</c> lists each as <c>input → output</c> instead of <c>Input:</c> and
/// <c>Output:</c>; without a recorded call, <c>Input:</c> is the generated case.
/// </para>
/// </remarks>
public static partial class PropertyCheck
{
    /// <summary>The number of generated cases per property unless <c>KATAS_MAX_TEST</c> says otherwise.</summary>
    public const int DefaultMaxTest = 200;

    // A law that loops over many calls (every window size, say) shows the last few: the failing one is last.
    private const int CallsShown = 6;

    /// <summary>Checks that <paramref name="law"/> holds (does not throw) for every generated value.</summary>
    public static void ForAll<TValue>(Arbitrary<TValue> values, Action<TValue> law, int maxTest = DefaultMaxTest)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(law);

        var failures = new Failures();
        Run(Prop.ForAll(values, (TValue value) => failures.Observe(value, () => law(value))), maxTest, failures);
    }

    /// <summary>Checks a property (its failure shows FsCheck's own report: no calls are recorded).</summary>
    public static void Run(Property property, int maxTest = DefaultMaxTest) => Run(property, maxTest, null);

    private static void Run(Property property, int maxTest, Failures? failures)
    {
        ArgumentNullException.ThrowIfNull(property);

        var config = Config.QuickThrowOnFailure
            .WithMaxTest(MaxTestOverride() ?? maxTest)
            .WithQuietOnSuccess(true);
        var replay = ReplayFromEnvironment();
        if (replay is not null)
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(replay));
        }

        try
        {
            Check.One(config, property);
        }
        catch (Exception e) when (SeedPattern().Match(e.Message) is { Success: true } match)
        {
            var replayLine = $"Replay this exact run: KATAS_REPLAY=\"{match.Groups[1].Value},{match.Groups[2].Value}\" (set it, re-run this test).";
            var report = failures?.Last is { } last
                ? $"{e.Message.Split('\n')[0].TrimEnd()}{Environment.NewLine}{Describe(last, failures.First)}"
                : e.Message;
            throw new PropertyFailedException($"{report}{Environment.NewLine}{Environment.NewLine}{replayLine}");
        }
    }

    // What the failing run of the law did: its calls (or the generated case), the input before
    // shrinking, and what failed.
    private static string Describe(Execution shrunk, Execution? original)
    {
        var text = new StringBuilder();
        AppendCalls(text, shrunk);
        if (original is not null && !ReferenceEquals(original, shrunk))
        {
            text.AppendLine("Before shrinking:").AppendLine(original.Calls.Count > 0 ? original.Calls[^1].Input : Show(original.Case));
        }

        text.AppendLine("with exception:").Append(shrunk.Exception.ToString().TrimEnd());
        return text.ToString();
    }

    private static void AppendCalls(StringBuilder text, Execution execution)
    {
        switch (execution.Calls)
        {
            case []:
                text.AppendLine("Input:").AppendLine(Show(execution.Case));
                break;
            case [var call]:
                text.AppendLine("Input:").AppendLine(call.Input);
                if (call.Output is { } output)
                {
                    text.AppendLine("Output:").AppendLine(output);
                }

                break;
            case var calls:
                text.AppendLine("Calls:");
                if (calls.Count > CallsShown)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"… ({calls.Count - CallsShown} earlier calls passed)");
                }

                foreach (var call in calls.TakeLast(CallsShown))
                {
                    text.AppendLine($"{call.Input} → {call.Output ?? "threw"}");
                }

                break;
        }
    }

    private static string Show(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private static int? MaxTestOverride() =>
        int.TryParse(Environment.GetEnvironmentVariable("KATAS_MAX_TEST"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;

    private static Replay? ReplayFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable("KATAS_REPLAY");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma))
        {
            throw new InvalidOperationException($"KATAS_REPLAY must be two numbers 'seed,gamma', as a failure prints them; it is '{text}'.");
        }

        return new Replay(new Rnd(seed, gamma), FSharpOption<int>.None);
    }

    // FsCheck prints the starting seed as "(seed,gamma)" right after the shrink count.
    [GeneratedRegex(@"shrinks?\) \((\d+),\s*(\d+)\)")]
    private static partial Regex SeedPattern();

    /// <summary>One run of the law that failed: the generated case, the calls it made, and what it threw.</summary>
    private sealed record Execution(object? Case, IReadOnlyList<RecordedCall> Calls, Exception Exception);

    /// <summary>
    /// The first and the last failing runs of a law. FsCheck shrinks by trying simpler cases and moving
    /// on from each one that fails, so the last failing run is the shrunk counterexample it reports, and
    /// the first is the original.
    /// </summary>
    private sealed class Failures
    {
        public Execution? First { get; private set; }

        public Execution? Last { get; private set; }

        public void Observe(object? value, Action law)
        {
            CallLog.Start();
            try
            {
                law();
                CallLog.Stop();
            }
            catch (Exception e)
            {
                var execution = new Execution(value, CallLog.Stop(), e);
                First ??= execution;
                Last = execution;
                throw;
            }
        }
    }
}
