namespace Katas.SlidingWindowMaximum.Solutions;

/// <summary>The argument check every solution shares.</summary>
internal static class WindowGuard
{
    /// <summary>Throws unless 1 ≤ <paramref name="k"/> ≤ <paramref name="length"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is out of range.</exception>
    public static void ThrowIfInvalid(int length, int k)
    {
        if (k < 1 || k > length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(k), k, $"The window size k must be between 1 and the input length ({length}).");
        }
    }
}
