namespace Katas.Cli;

/// <summary>Cancelling from a callback that may outlive the source it cancels.</summary>
internal static class CancellationSources
{
    /// <summary>
    /// Cancels <paramref name="source"/>, if any, unless it has been disposed meanwhile (its owner is
    /// done with it, so there is nothing left to stop).
    /// </summary>
    public static void CancelQuietly(this CancellationTokenSource? source)
    {
        try
        {
            source?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Its work is over.
        }
    }
}
