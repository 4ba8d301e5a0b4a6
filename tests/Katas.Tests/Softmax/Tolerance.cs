namespace Katas.Tests.Softmax;

/// <summary>The contract's accuracy for softmax outputs.</summary>
internal static class Tolerance
{
    /// <summary>Relative accuracy of each output.</summary>
    public const double Relative = 1e-12;

    /// <summary>Absolute accuracy where the exact value is below it (it underflows).</summary>
    public const double Absolute = 1e-300;

    /// <summary>How far an output may be from <paramref name="exact"/>: 1e-12 relative, or 1e-300 absolute.</summary>
    public static double Softmax(double exact) => Math.Max(Relative * Math.Abs(exact), Absolute);
}
