using Katas.Tests.Infrastructure;

namespace Katas.Tests.MaximumGap;

/// <summary>An input and the same values in another order.</summary>
public sealed record PermutedCase(GapCase Case, int[] Permuted)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Case}, permuted = {Generators.Show(Permuted)}";
}
