using System.Diagnostics.Tracing;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Watches every array pool of the process through the runtime's <c>System.Buffers.ArrayPoolEventSource</c>
/// while it lives: which buffers were rented (their pool and length) and returned, in order.
/// </summary>
/// <remarks>
/// The runtime calls <see cref="OnEventWritten"/> on the renting thread, inside <c>Rent</c> and <c>Return</c>,
/// so it must not use a pool itself (string formatting rents from <c>ArrayPool&lt;char&gt;</c>): it only
/// stores numbers in arrays allocated up front.
/// </remarks>
public sealed class PoolTracker : EventListener
{
    /// <summary>The runtime's event source of the array pools.</summary>
    public const string SourceName = "System.Buffers.ArrayPoolEventSource";

    private const int Capacity = 1 << 16;
    private const int BufferRented = 1;
    private const int BufferReturned = 3;

    // Field initialisers run before the base constructor, which may already deliver events.
    private readonly Event[] _events = new Event[Capacity];
    private readonly Lock _lock = new();
    private int _count;
    private bool _overflowed;

    /// <summary>Gets whether more events came than the tracker keeps (the peak may then be low).</summary>
    public bool Overflowed => _overflowed;

    /// <summary>Gets the events seen so far, in order.</summary>
    public IReadOnlyList<Event> Events
    {
        get
        {
            lock (_lock)
            {
                return _events.AsSpan(0, _count).ToArray();
            }
        }
    }

    /// <summary>
    /// The most bytes held rented at once: buffers rented while the tracker watched and not yet returned.
    /// A buffer returned that was rented before it watched is ignored.
    /// </summary>
    /// <param name="elementBytes">The size of an element of each pool's arrays, by pool id.</param>
    public long PeakBytes(Func<int, long> elementBytes)
    {
        ArgumentNullException.ThrowIfNull(elementBytes);

        var outstanding = new Dictionary<int, long>();
        long held = 0, peak = 0;
        foreach (var e in Events)
        {
            if (e.Rented)
            {
                var bytes = e.Length * elementBytes(e.PoolId);
                held += bytes;
                outstanding[e.BufferId] = outstanding.GetValueOrDefault(e.BufferId) + bytes;
                peak = Math.Max(peak, held);
            }
            else if (outstanding.TryGetValue(e.BufferId, out var bytes))
            {
                held -= bytes;
                outstanding.Remove(e.BufferId);
            }
        }

        return peak;
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);

        if (eventSource.Name == SourceName)
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);

        // BufferRented(bufferId, bufferSize, poolId, bucketId) and BufferReturned(bufferId, bufferSize, poolId);
        // the size is the array's length in elements.
        if (eventData.EventId is not (BufferRented or BufferReturned) || eventData.Payload is not { Count: >= 3 } payload)
        {
            return;
        }

        var recorded = new Event(eventData.EventId == BufferRented, (int)payload[0]!, (int)payload[1]!, (int)payload[2]!);
        lock (_lock)
        {
            if (_count < _events.Length)
            {
                _events[_count++] = recorded;
            }
            else
            {
                _overflowed = true;
            }
        }
    }

    /// <summary>A buffer rented from or returned to a pool.</summary>
    /// <param name="Rented">Whether it was rented (otherwise returned).</param>
    /// <param name="BufferId">The buffer's identity hash code.</param>
    /// <param name="Length">The buffer's length in elements.</param>
    /// <param name="PoolId">The pool's identity hash code.</param>
    public readonly record struct Event(bool Rented, int BufferId, int Length, int PoolId);
}
