using System.Diagnostics;

namespace Katas.Cli.Commands;

/// <summary>
/// With <c>KATAS_TRACE=1</c>, the time each stage of a check began, on standard error: how
/// <c>scripts/measure-loop.sh</c> and a curious learner see where a check spends its time.
/// </summary>
internal sealed class Trace
{
    private readonly Stopwatch? _clock;
    private string? _last;

    private Trace(Stopwatch? clock) => _clock = clock;

    private static readonly Stopwatch Process = Stopwatch.StartNew();

    /// <summary>Gets whether tracing is on.</summary>
    public static bool IsOn { get; } = Environment.GetEnvironmentVariable("KATAS_TRACE") is { Length: > 0 };

    /// <summary>Writes <paramref name="note"/> with the time since katas started, when tracing is on.</summary>
    public static void Note(string note)
    {
        if (IsOn)
        {
            Console.Error.WriteLine($"[katas trace] at {Process.Elapsed.TotalSeconds,7:0.000} s  {note}");
        }
    }

    /// <summary>Starts a trace, which writes nothing unless <c>KATAS_TRACE</c> is set.</summary>
    public static Trace Start() => new(IsOn ? Stopwatch.StartNew() : null);

    /// <summary>Notes that <paramref name="stage"/> began (once, however often it is reported).</summary>
    public void Stage(string stage)
    {
        if (_clock is null || stage == _last)
        {
            return;
        }

        _last = stage;
        Console.Error.WriteLine($"[katas trace] {_clock.Elapsed.TotalSeconds,7:0.000} s  {stage}");
    }
}
