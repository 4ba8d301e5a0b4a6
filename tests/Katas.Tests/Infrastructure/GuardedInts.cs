using System.Runtime.InteropServices;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Ints in memory of their own with a page that cannot be read right after the last of them (or right
/// before the first): a solution that reads one value past its input's end (or before its start) stops
/// the test process with a segmentation fault instead of reading whatever lies there, which an array
/// padded with other values only catches when the value read changes an answer.
/// </summary>
/// <remarks>
/// Pages from <c>mmap</c>, the guard protected with <c>mprotect</c> (Linux and macOS; on Windows the values
/// sit in an ordinary array, unguarded). Disposing unmaps them.
/// </remarks>
public sealed unsafe class GuardedInts : IDisposable
{
    private const int ProtectNone = 0;
    private const int ProtectReadWrite = 3;
    private const int MapPrivate = 0x02;

    private readonly byte* _mapping;
    private readonly nuint _mappingLength;
    private readonly int* _values;
    private readonly int[]? _unguarded;

    /// <summary>Initializes a new instance of the <see cref="GuardedInts"/> class: a copy of <paramref name="values"/> against a guard page.</summary>
    /// <param name="values">The values.</param>
    /// <param name="guardBefore">Whether the guard comes before the first value instead of after the last.</param>
    public GuardedInts(ReadOnlySpan<int> values, bool guardBefore = false)
    {
        Length = values.Length;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            _unguarded = values.ToArray();
            return;
        }

        var page = (nuint)Environment.SystemPageSize;
        var dataPages = (((nuint)values.Length * sizeof(int)) + page - 1) / page;
        _mappingLength = (dataPages + 1) * page;

        // MAP_ANONYMOUS is 0x20 on Linux and 0x1000 on macOS.
        var anonymous = OperatingSystem.IsLinux() ? 0x20 : 0x1000;
        var mapping = Mmap(null, _mappingLength, ProtectReadWrite, MapPrivate | anonymous, -1, 0);
        if (mapping == (void*)-1)
        {
            throw new InvalidOperationException($"mmap failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _mapping = (byte*)mapping;
        var guard = guardBefore ? _mapping : _mapping + (dataPages * page);
        if (Mprotect(guard, page, ProtectNone) != 0)
        {
            throw new InvalidOperationException($"mprotect failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _values = guardBefore ? (int*)(_mapping + page) : (int*)(guard - ((nuint)values.Length * sizeof(int)));
        values.CopyTo(new Span<int>(_values, values.Length));
    }

    /// <summary>Gets the number of values.</summary>
    public int Length { get; }

    /// <summary>Gets the values, against the guard.</summary>
    public ReadOnlySpan<int> Span => _unguarded ?? new ReadOnlySpan<int>(_values, Length);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_mapping is not null)
        {
            _ = Munmap(_mapping, _mappingLength);
        }
    }

    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static extern void* Mmap(void* address, nuint length, int protection, int flags, int descriptor, nint offset);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static extern int Mprotect(void* address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static extern int Munmap(void* address, nuint length);
}
