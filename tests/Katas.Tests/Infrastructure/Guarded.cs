using System.Runtime.InteropServices;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Values in memory of their own with a page that cannot be read or written right after the last of them
/// (or right before the first): a solution that reads one value past its span's end (or before its start),
/// or writes one past its destination's, stops the test process with a segmentation fault instead of
/// touching whatever lies there, which an array padded with other values only catches when the value read
/// changes an answer.
/// </summary>
/// <remarks>
/// Pages from <c>mmap</c>, the guard protected with <c>mprotect</c> (Linux and macOS; on Windows the values
/// sit in an ordinary array, unguarded). The guard after the values leaves the first of them wherever the
/// length puts it within its page; the guard before puts the first at the start of a page, so the two
/// placements also differ in alignment. Disposing unmaps them.
/// </remarks>
/// <typeparam name="T">The type of the values.</typeparam>
public sealed unsafe class Guarded<T> : IDisposable
    where T : unmanaged
{
    private byte* _mapping;
    private readonly nuint _mappingLength;
    private readonly T* _values;
    private readonly T[]? _unguarded;

    /// <summary>Initializes a new instance of the <see cref="Guarded{T}"/> class: a copy of <paramref name="values"/> against a guard page.</summary>
    /// <param name="values">The values.</param>
    /// <param name="guardBefore">Whether the guard comes before the first value instead of after the last.</param>
    public Guarded(ReadOnlySpan<T> values, bool guardBefore = false)
    {
        Length = values.Length;
        GuardBefore = guardBefore;
        if (!IsGuarded)
        {
            _unguarded = values.ToArray();
            return;
        }

        var page = (nuint)Environment.SystemPageSize;
        var dataPages = (((nuint)values.Length * (nuint)sizeof(T)) + page - 1) / page;
        _mappingLength = (dataPages + 1) * page;

        // MAP_ANONYMOUS is 0x20 on Linux and 0x1000 on macOS.
        var anonymous = OperatingSystem.IsLinux() ? 0x20 : 0x1000;
        var mapping = Libc.Mmap(null, _mappingLength, Libc.ProtectReadWrite, Libc.MapPrivate | anonymous, -1, 0);
        if (mapping == (void*)-1)
        {
            throw new InvalidOperationException($"mmap failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _mapping = (byte*)mapping;
        var guard = guardBefore ? _mapping : _mapping + (dataPages * page);
        if (Libc.Mprotect(guard, page, Libc.ProtectNone) != 0)
        {
            _ = Libc.Munmap(_mapping, _mappingLength);
            throw new InvalidOperationException($"mprotect failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _values = guardBefore ? (T*)(_mapping + page) : (T*)(guard - ((nuint)values.Length * (nuint)sizeof(T)));
        values.CopyTo(new Span<T>(_values, values.Length));
    }

    /// <summary>Gets a value indicating whether this system has the guard (Linux and macOS).</summary>
    public static bool IsGuarded => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Gets the number of values.</summary>
    public int Length { get; }

    /// <summary>Gets a value indicating whether the guard comes before the first value.</summary>
    public bool GuardBefore { get; }

    /// <summary>Gets the values, against the guard: an input to read or a destination to write.</summary>
    public Span<T> Span => _unguarded ?? new Span<T>(_values, Length);

    /// <summary>Gets where the guard is, for a failure message: "guard after" or "guard before".</summary>
    public string Placement => GuardBefore ? "guard before" : "guard after";

    /// <summary>Gets the address of the first value, or 0 where the values are unguarded (an ordinary array, which may move).</summary>
    internal nuint Address => _values is not null ? (nuint)_values : 0;

    /// <inheritdoc/>
    public void Dispose()
    {
        // Once only: the same addresses may be mapped again by then, for something else.
        if (_mapping is not null)
        {
            _ = Libc.Munmap(_mapping, _mappingLength);
            _mapping = null;
        }
    }
}
