using System.Runtime.InteropServices;

namespace Katas.Tests.Infrastructure;

/// <summary>The C library's memory mapping calls that <see cref="Guarded{T}"/> needs (Linux and macOS).</summary>
internal static unsafe class Libc
{
    public const int ProtectNone = 0;
    public const int ProtectReadWrite = 3;
    public const int MapPrivate = 0x02;

    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    public static extern void* Mmap(void* address, nuint length, int protection, int flags, int descriptor, nint offset);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    public static extern int Mprotect(void* address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static extern int Munmap(void* address, nuint length);
}
