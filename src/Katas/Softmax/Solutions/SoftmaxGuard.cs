using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Katas.Softmax.Solutions;

/// <summary>The argument checks and the special-value answers every solution shares.</summary>
internal static class SoftmaxGuard
{
    /// <summary>
    /// Throws unless <paramref name="x"/> is not empty and <paramref name="destination"/> is as long as
    /// it and either is the same memory (softmax in place) or does not overlap it.
    /// </summary>
    /// <exception cref="ArgumentException">One of those fails; the parameter named is the one at fault.</exception>
    public static void ThrowIfInvalid(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (x.IsEmpty)
        {
            throw new ArgumentException("The softmax of no values is undefined: x must hold at least one value.", nameof(x));
        }

        if (destination.Length != x.Length)
        {
            throw new ArgumentException(
                $"The destination must be exactly as long as x ({x.Length}); it holds {destination.Length}.", nameof(destination));
        }

        // In place is fine (each entry is read before it is written); a shifted overlap would read
        // entries this call has already overwritten.
        if (x.Overlaps(destination) && !Unsafe.AreSame(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(destination)))
        {
            throw new ArgumentException(
                "The destination overlaps x without being the same memory; pass x itself (in place) or separate memory.", nameof(destination));
        }
    }

    /// <summary>The exception for an input whose every value is −∞: no probability distribution has those weights.</summary>
    public static ArgumentException NoDistribution() =>
        new("Every value of x is -∞: exp(x) is 0 everywhere, so there is no distribution to normalise.", "x");

    /// <summary>
    /// The softmax when a value from <paramref name="from"/> on is NaN or +∞, and none before it is:
    /// NaN everywhere if there is a NaN, otherwise 1/k at each of the k infinities and 0 elsewhere.
    /// </summary>
    /// <remarks>
    /// Reads <c>x[from..]</c> before writing any of it, so it works in place once <c>x[..from]</c> has
    /// been overwritten.
    /// </remarks>
    public static void WriteSpecial(ReadOnlySpan<double> x, Span<double> destination, int from)
    {
        var rest = x[from..];
        if (HasNaN(rest))
        {
            destination.Fill(double.NaN);
            return;
        }

        var share = 1.0 / rest.Count(double.PositiveInfinity);
        destination[..from].Clear();
        for (var i = from; i < x.Length; i++)
        {
            destination[i] = double.IsPositiveInfinity(x[i]) ? share : 0;
        }
    }

    /// <summary>Gets whether any value is NaN.</summary>
    public static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }
}
