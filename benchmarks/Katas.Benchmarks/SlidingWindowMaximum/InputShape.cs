namespace Katas.Benchmarks.SlidingWindowMaximum;

/// <summary>The shape of a benchmark input.</summary>
public enum InputShape
{
    /// <summary>Uniform over the whole int range: the deque stays short, van Herk does its usual work.</summary>
    Random,

    /// <summary>Strictly increasing: every new value empties the deque.</summary>
    Increasing,

    /// <summary>Strictly decreasing: the deque fills to k and the front leaves at every step.</summary>
    Decreasing,
}
