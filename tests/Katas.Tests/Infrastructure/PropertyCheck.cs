using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Runs FsCheck properties from ordinary theories, so that every implementation gets its own row and
/// stubs are skipped before FsCheck runs (see <c>Subject</c>). A failure reports the shrunk
/// counterexample and the seed that replays it.
/// </summary>
/// <remarks>
/// Replay a failure by setting <c>KATAS_REPLAY</c> to the seed the failure printed, for example
/// <c>KATAS_REPLAY="12345,67891" dotnet test ...</c>. <c>KATAS_MAX_TEST</c> overrides the number of
/// generated cases (for a longer soak run).
/// </remarks>
public static partial class PropertyCheck
{
    /// <summary>The number of generated cases per property unless <c>KATAS_MAX_TEST</c> says otherwise.</summary>
    public const int DefaultMaxTest = 200;

    /// <summary>Checks that <paramref name="law"/> holds (does not throw) for every generated value.</summary>
    public static void ForAll<TValue>(Arbitrary<TValue> values, Action<TValue> law, int maxTest = DefaultMaxTest) =>
        Run(Prop.ForAll(values, law), maxTest);

    /// <summary>Checks that <paramref name="law"/> returns <see langword="true"/> for every generated value.</summary>
    public static void ForAll<TValue>(Arbitrary<TValue> values, Func<TValue, bool> law, int maxTest = DefaultMaxTest) =>
        Run(Prop.ForAll(values, law), maxTest);

    /// <summary>Checks a property.</summary>
    public static void Run(Property property, int maxTest = DefaultMaxTest)
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
            throw new PropertyFailedException(
                $"{e.Message}{Environment.NewLine}{Environment.NewLine}Replay this exact run: KATAS_REPLAY=\"{match.Groups[1].Value},{match.Groups[2].Value}\" (set it, re-run this test).");
        }
    }

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
}
