using System.Collections;
using System.Diagnostics;
using System.Globalization;

namespace Katas.Discovery;

/// <summary>A scaling probe of the contract <typeparamref name="TContract"/>: its inputs, the call it times and how answers compare.</summary>
/// <typeparam name="TContract">The kata interface.</typeparam>
/// <typeparam name="TInput">One input, made from a size (fixed seed: every run measures the same values).</typeparam>
/// <typeparam name="TResult">What the call returns.</typeparam>
/// <example>
/// Sliding Window Maximum at n = 10⁵ with k = 10 … 10 000:
/// <code>
/// new ScalingProbe&lt;ISlidingWindowMaximum, int, int[]&gt;
/// {
///     Axis = "k", At = "n = 10⁵", Aim = "independent of k", AimExponent = 0,
///     Sizes = [10, 100, 1_000, 10_000],
///     Input = k =&gt; k,
///     Run = (s, k) =&gt; s.MaxSlidingWindow(Values, k),
///     Rival = typeof(CacheBlockedSimd),
/// }
/// </code>
/// </example>
public sealed class ScalingProbe<TContract, TInput, TResult> : ScalingProbe
    where TContract : class
{
    // Short calls are repeated until this much time is spent on one size (their best time is kept),
    // and a call under ShortSeconds at least three times: one slow call alone says little on a busy machine.
    private const double RepeatSeconds = 0.05;
    private const double ShortSeconds = 0.02;

    /// <inheritdoc/>
    public override Type Interface => typeof(TContract);

    /// <summary>Gets the sizes, ascending: each makes one input.</summary>
    public required IReadOnlyList<int> Sizes { get; init; }

    /// <summary>Gets the input of a size. Make it deterministic (<see cref="ProbeData"/> has fixed-seed values).</summary>
    public required Func<int, TInput> Input { get; init; }

    /// <summary>Gets the timed call.</summary>
    public required Func<TContract, TInput, TResult> Run { get; init; }

    /// <summary>Gets whether two answers are the same; by default element by element (arrays) or <see cref="object.Equals(object?)"/>.</summary>
    public Func<TResult, TResult, bool> Same { get; init; } = (a, b) => StructuralComparisons.StructuralEqualityComparer.Equals(a, b);

    /// <summary>Gets how a wrong answer differs from the expected one, in words; by default the first differing element.</summary>
    public Func<TResult, TResult, string>? Difference { get; init; }

    /// <summary>Gets the position on the axis of a size's input and answer, when it is not the size itself (for example the answer's total length).</summary>
    public Func<int, TInput, TResult, double>? Position { get; init; }

    /// <summary>Gets the input of a size as the learner reads it in a message; by default "<c>Axis = size</c>".</summary>
    public Func<int, string>? Describe { get; init; }

    /// <inheritdoc/>
    public override ScalingResult Measure(Implementation learner, TimeSpan budget, Action<string>? running = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (learner.Contract.Interface != typeof(TContract))
        {
            throw new ArgumentException($"{learner.Name} implements {learner.Contract.Interface.Name}, not {typeof(TContract).Name}.", nameof(learner));
        }

        var clock = Stopwatch.StartNew(); // the budget is wall-clock time
        var subject = (TContract)learner.Create();
        var rival = (TContract)Activator.CreateInstance(Rival)!;
        var answersType = Answers ?? learner.Contract.Oracle;
        var answers = answersType == Rival ? null : (TContract)Activator.CreateInstance(answersType)!;
        var points = new List<ScalingPoint>();
        var sizes = new List<int>();
        ScalingResult Result() => new(learner.Name, typeof(TContract).Name, Operation, Rival.Name, Axis, At, Aim, AimExponent, points.ToArray());

        WarmUp(subject, rival, Input(Sizes[0]), TimeSpan.FromTicks(budget.Ticks / 10), cancellationToken);
        foreach (var size in Sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = Input(size);
            if (Predict(sizes, points, size) is { } predicted && clock.Elapsed.TotalSeconds + (1.5 * predicted) > budget.TotalSeconds)
            {
                return Result() with { Stopped = Name(size), StoppedSeconds = predicted };
            }

            var rivalAnswer = Run(rival, input);
            var expected = answers is null ? rivalAnswer : Run(answers, input);
            running?.Invoke(Name(size));
            TResult actual;
            double seconds, rivalSeconds;
            try
            {
                actual = Run(subject, input);
                (seconds, rivalSeconds) = Time(subject, rival, input);
            }
            catch (Exception e)
            {
                return Result() with { Wrong = $"{Name(size)}: it threw {e.GetType().Name}: {e.Message}", WrongSize = size };
            }

            if (!Same(expected, actual))
            {
                var how = Difference?.Invoke(expected, actual) ?? DefaultDifference(expected, actual, answersType.Name);
                return Result() with { Wrong = $"{Name(size)}: {how}", WrongSize = size };
            }

            sizes.Add(size);
            points.Add(new ScalingPoint(Position?.Invoke(size, input, expected) ?? size, seconds, rivalSeconds));
        }

        Retime(subject, rival, sizes, points, cancellationToken);
        return Result();
    }

    // The small sizes once more, now that the just-in-time compiler has surely optimised both: the
    // first timings of a size may have run code not yet optimised, which would flatten the exponent.
    private void Retime(TContract subject, TContract rival, List<int> sizes, List<ScalingPoint> points, CancellationToken cancellationToken)
    {
        for (var i = 0; i < points.Count && points[i].Seconds < ShortSeconds; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (seconds, rivalSeconds) = Time(subject, rival, Input(sizes[i]));
            points[i] = points[i] with { Seconds = Math.Min(points[i].Seconds, seconds), RivalSeconds = Math.Min(points[i].RivalSeconds, rivalSeconds) };
        }
    }

    private string Name(int size) =>
        Describe?.Invoke(size) ?? $"{Axis} = {size.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')}{(At.Length > 0 ? $" at {At}" : "")}";

    // The learner's time at the next size, from the growth so far (at least linear until two sizes
    // are known): the probe stops before a size that would not finish within the budget.
    private static double? Predict(List<int> sizes, List<ScalingPoint> points, int size)
    {
        if (points.Count == 0)
        {
            return null;
        }

        var last = points[^1];
        var exponent = points.Count >= 2
            ? Math.Max(0, Math.Log(last.Seconds / points[^2].Seconds) / Math.Log((double)sizes[^1] / sizes[^2]))
            : 1;
        return last.Seconds * Math.Pow((double)size / sizes[^1], exponent);
    }

    // Runs both on the smallest input until the just-in-time compiler has had the chance to optimise
    // their loops (it starts each method unoptimised), so the first size is not measured slow.
    private void WarmUp(TContract subject, TContract rival, TInput input, TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 30 && watch.Elapsed < limit; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Run(rival, input);
            try
            {
                Run(subject, input);
            }
            catch (Exception)
            {
                return; // the measurement reports it
            }
        }
    }

    // The best of several calls of each while they are short (a long call is timed once), in processor
    // time, the two taking turns so that both meet the same conditions on a busy machine.
    private (double Subject, double Rival) Time(TContract subject, TContract rival, TInput input)
    {
        var mine = new Timing();
        var theirs = new Timing();
        while (mine.WantsMore || theirs.WantsMore)
        {
            if (theirs.WantsMore)
            {
                theirs.Add(Once(rival, input));
            }

            if (mine.WantsMore)
            {
                mine.Add(Once(subject, input));
            }
        }

        return (Math.Max(mine.Best, 1e-9), Math.Max(theirs.Best, 1e-9));
    }

    private double Once(TContract implementation, TInput input)
    {
        var start = CpuClock.Now();
        Run(implementation, input);
        return CpuClock.Now() - start;
    }

    private struct Timing
    {
        private double _spent;
        private int _calls;

        public Timing() => Best = double.MaxValue;

        public double Best { get; private set; }

        public readonly bool WantsMore => _calls == 0 || (_calls < 100 && (_spent < RepeatSeconds || (_calls < 3 && Best < ShortSeconds)));

        public void Add(double seconds)
        {
            Best = Math.Min(Best, seconds);
            _spent += seconds;
            _calls++;
        }
    }

    private static string DefaultDifference(TResult expected, TResult actual, string reference)
    {
        if (expected is IList want && actual is IList got)
        {
            if (want.Count != got.Count)
            {
                return $"{got.Count} values where {reference} gives {want.Count}";
            }

            for (var i = 0; i < want.Count; i++)
            {
                if (!Equals(want[i], got[i]))
                {
                    return $"at index {i}, {got[i]} where {reference} gives {want[i]}";
                }
            }
        }

        return $"{actual} where {reference} gives {expected}";
    }
}
