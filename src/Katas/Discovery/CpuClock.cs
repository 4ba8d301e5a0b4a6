using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Katas.Discovery;

/// <summary>
/// The processor time the process has used, for the scaling probe: unlike the wall clock it does not
/// count the time other programs take the processor away, so a probe on a busy machine still measures
/// the code. Where the operating system has no fine-grained clock for it (Windows), the wall clock.
/// </summary>
internal static partial class CpuClock
{
    // CLOCK_PROCESS_CPUTIME_ID: 2 on Linux, 12 on macOS.
    private static readonly int? ClockId =
        OperatingSystem.IsLinux() ? 2 : OperatingSystem.IsMacOS() ? 12 : null;

    private static readonly bool Works = ClockId is not null && TryRead(out _);

    /// <summary>Gets whether this is processor time rather than wall-clock time.</summary>
    public static bool IsProcessorTime => Works;

    /// <summary>Gets the current reading, in seconds.</summary>
    public static double Now() =>
        Works && TryRead(out var seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        seconds = 0;
        try
        {
            if (ClockGetTime(ClockId!.Value, out var time) != 0)
            {
                return false;
            }

            seconds = time.Seconds + (time.Nanoseconds * 1e-9);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
