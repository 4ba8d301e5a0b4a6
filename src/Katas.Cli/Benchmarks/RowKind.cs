namespace Katas.Cli.Benchmarks;

/// <summary>Whose implementation a benchmark row measured.</summary>
internal enum RowKind
{
    /// <summary>The learner's.</summary>
    Learner,

    /// <summary>A reference solution.</summary>
    Reference,

    /// <summary>The <c>Limit</c>: only the memory traffic no solution avoids.</summary>
    Limit,
}
