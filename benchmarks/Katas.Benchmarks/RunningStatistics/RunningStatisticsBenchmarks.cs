using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.RunningStatistics;

namespace Katas.Benchmarks.RunningStatistics;

/// <summary>
/// <see cref="IRunningStatistics.Summarize"/> of n normal doubles by every started implementation and by
/// two peers from Math.NET Numerics 5.0.0 as their users call them (<see cref="MathNetRunningStatistics"/>,
/// fed one value at a time, and <see cref="MathNetMeanVariance"/> on the array), against the
/// <c>Limit</c>: one vectorised read of the input (<see cref="LimitTraffic.Read{T}"/>, which requests lines
/// ahead as the fastest solution does; <see cref="TensorPrimitives.Sum{T}(ReadOnlySpan{T})"/> does not, and
/// measured 4–7% slower at n = 10⁷), the least any summary must do.
/// </summary>
/// <remarks>
/// Before anything is timed, each result is checked against the exact mean and M2 of the input: the
/// inputs lie on a grid of 2⁻²⁰, so their exact sums and sums of squares fit in 128-bit integers. The
/// kata's implementations must meet the contract's bounds (mean within 1e-12·max(|μ|, σ), M2 within
/// 1e-6 relative) at every n, ten million included; the peers' errors are printed to the log.
/// </remarks>
[MemoryDiagnoser]
public class RunningStatisticsBenchmarks : KataBenchmark<IRunningStatistics>
{
    private const int GridBits = 20;

    private double[] _values = [];
    private Func<Moments> _run = () => Moments.Empty;

    [Params(
        1_000,       // 8 KB: in L1, one block of the blocked solutions; call overhead shows
        100_000,     // 800 KB: in L2
        10_000_000)] // 80 MB, beyond the caches: memory bandwidth
    public int N { get; set; }

    [Params(
        0d,          // normal values around 0: |mean| / σ near 0
        1_000_000d)] // the same plus 10⁶: |mean| / σ = 10⁶, the contract's limit, where naive formulas fail
    public double Offset { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _values = Input(N, Offset);
        if (IsLimit)
        {
            _run = () => new Moments(_values.Length, LimitTraffic.Read<double>(_values), 0);
            return;
        }

        // Math.NET takes the array itself, as its users pass it: no copy into a span and back.
        var subject = CreateSubject();
        _run = subject is MathNetMeanVariance ? () => MathNetMeanVariance.Summarize(_values) : () => subject.Summarize(_values);
        Verify(_run());
    }

    [Benchmark]
    public Moments Summarize() => _run();

    // Normal values with standard deviation 1 on a grid of 2^-20, plus the offset (an integer: exact).
    internal static double[] Input(int n, double offset) =>
        InputData.Normal(n).Select(x => offset + Math.ScaleB(Math.Round(Math.ScaleB(x, GridBits)), -GridBits)).ToArray();

    // A wrong fast solution must not win: compare with the exact mean and M2, from 128-bit integer sums
    // of the grid units k = x·2^20 (mean = Σk / n, M2 = (n·Σk² − (Σk)²) / n, both in grid units).
    private void Verify(Moments actual)
    {
        Int128 sum = 0, squares = 0;
        foreach (var x in _values)
        {
            var k = (long)Math.ScaleB(x, GridBits);
            sum += k;
            squares += (Int128)k * k;
        }

        var n = new BigInteger(_values.Length);
        var mean = Math.ScaleB((double)(BigInteger)sum / _values.Length, -GridBits);
        var m2 = Math.ScaleB((double)(((n * (BigInteger)squares) - ((BigInteger)sum * sum)) / n), -2 * GridBits);
        var sigma = Math.Sqrt(m2 / _values.Length);
        var meanError = Math.Abs(actual.Mean - mean) / Math.Max(Math.Abs(mean), sigma);
        var m2Error = Math.Abs(actual.M2 - m2) / m2;
        var accurate = actual.Count == _values.Length && meanError <= 1e-12 && m2Error <= 1e-6;

        Console.WriteLine($"// {Implementation}, N = {N}, Offset = {Offset}: mean error {meanError:G3}·max(|μ|, σ), M2 error {m2Error:G3} relative{(accurate ? "" : ", outside the contract's bounds")}");
        if (!accurate && !IsPeer)
        {
            throw new InvalidOperationException(
                $"{Implementation} is wrong for n = {N}, offset {Offset}: it returned {actual}, exactly (n = {_values.Length}, mean = {mean:R}, M2 = {m2:R}).");
        }
    }
}
