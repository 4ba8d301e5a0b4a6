using System.Text.Json;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// What <see cref="CallProfiler"/> measured of one benchmark case in its benchmark process, per
/// operation (a call divided by the benchmark's <c>OperationsPerInvoke</c>).
/// </summary>
/// <param name="ColdNanoseconds">The best time of the cold calls: each after the array pools it rents from were emptied and a full, blocking, compacting garbage collection.</param>
/// <param name="ColdCalls">How many cold calls were timed (7, or at least 3 when they are slow).</param>
/// <param name="ColdAllocatedBytes">
/// The fewest bytes a cold call obtained from the garbage collector: its own allocations, its result
/// included, and the buffers the emptied pools had to allocate for it. The report's scratch memory is
/// this less the <c>Limit</c>'s on the same input.
/// </param>
/// <param name="PooledPeakBytes">The most bytes the call held rented from array pools at once (a warm call, watched through the runtime's <c>ArrayPoolEventSource</c>).</param>
/// <param name="VectorBits">The widest hardware-accelerated vector in the benchmark process: 512, 256, 128, or 0 when none is.</param>
public sealed record CallProfile(double ColdNanoseconds, int ColdCalls, long ColdAllocatedBytes, long PooledPeakBytes, int VectorBits)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>Gets the directory through which a benchmark process hands its profile to the host: one file per process, named by its id.</summary>
    public static string Directory => Path.Combine(Path.GetTempPath(), "katas-call-profiles");

    /// <summary>Gets the file of the process <paramref name="processId"/>.</summary>
    public static string PathFor(int processId) => Path.Combine(Directory, $"{processId}.json");

    /// <summary>Gets how the vector width reads in reports: <c>Vector256</c>, or <c>no vectors</c>.</summary>
    public static string VectorName(int bits) => bits > 0 ? $"Vector{bits}" : "no vectors";

    /// <summary>Writes the profile where the host looks for the current process's profile.</summary>
    public void Publish()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(Environment.ProcessId);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads and deletes the profile that the process <paramref name="processId"/> published, if it did.</summary>
    public static CallProfile? Collect(int processId)
    {
        var path = PathFor(processId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CallProfile>(File.ReadAllText(path), Options);
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
