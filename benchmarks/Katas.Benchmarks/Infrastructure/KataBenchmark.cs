using BenchmarkDotNet.Attributes;
using Katas.Discovery;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Base class of every kata's benchmarks: the <see cref="Implementation"/> parameter runs each started
/// implementation of <typeparamref name="T"/> (stubs are left out, learners' classes included) and the
/// kata's <see cref="Limit"/> reference, the hardware floor that the ratio columns compare with.
/// </summary>
/// <remarks>
/// The benchmark report (<c>src/Katas.Report</c>) reads the JSON export with no per-kata code. It takes
/// the baseline from the contract and the kata from the namespace's last segment, and by convention
/// the input size from a numeric parameter named <c>N</c> (the n of the solutions' O(…) bounds): with two
/// or more values of <c>N</c> it plots time against n and fits each solution's empirical complexity.
/// Name the size parameter <c>N</c>. When inputs are named rather than sized, override
/// <see cref="InputSize"/> instead (for example the number of combinations an input has): the report
/// then plots time against it and fits the slope across the named inputs.
/// </remarks>
/// <typeparam name="T">The kata contract.</typeparam>
[Config(typeof(KataBenchmarkConfig))]
public abstract class KataBenchmark<T>
    where T : class
{
    /// <summary>The name of the reference that does only the unavoidable memory traffic.</summary>
    public const string Limit = "Limit";

    /// <summary>Gets or sets the implementation being measured, or <see cref="Limit"/>.</summary>
    [ParamsSource(nameof(Implementations))]
    public string Implementation { get; set; } = Limit;

    /// <summary>Gets the kata's contract.</summary>
    public static Contract<T> Contract => KataDefinition.ContractFor<T>();

    /// <summary>Gets whether this case measures the <see cref="Limit"/> reference.</summary>
    public bool IsLimit => Implementation == Limit;

    /// <summary>Gets whether this case measures the contract's oracle (the readable, slow reference).</summary>
    public bool IsOracle => Implementation == Contract.Oracle.Name;

    /// <summary>
    /// Gets whether this combination of parameters is worth running (for example k ≤ n, or the
    /// quadratic oracle only on small inputs). Cases that are not are left out of the run.
    /// </summary>
    public virtual bool IsFeasible => true;

    /// <summary>
    /// Gets the size of this case's input when the inputs are named rather than sized by a parameter
    /// <c>N</c>, or <see langword="null"/> (the default) when there is no such size. It must follow from
    /// the parameters alone: it is read from a fresh object, before any setup.
    /// </summary>
    public virtual double? InputSize => null;

    /// <summary>Gets what <see cref="InputSize"/> counts, for example <c>Combinations</c>: a column header and the report's axis label.</summary>
    public virtual string InputSizeName => "Input size";

    /// <summary>The started implementations, then the peers that can run here (<see cref="Peers"/>), then <see cref="Limit"/>.</summary>
    public static IEnumerable<string> Implementations() =>
        Contract.Implementations.Where(i => i.IsStarted).Select(i => i.Name)
            .Concat(Peers.For<T>().Select(p => p.Name))
            .Append(Limit);

    /// <summary>Gets whether this case measures a peer (a library the kata is compared with) rather than a kata implementation.</summary>
    public bool IsPeer => Peers.For<T>().Any(p => p.Name == Implementation);

    /// <summary>Creates the implementation (or peer) named by <see cref="Implementation"/>.</summary>
    protected T CreateSubject() =>
        Peers.For<T>().FirstOrDefault(p => p.Name == Implementation) is { } peer ? (T)Activator.CreateInstance(peer)! : Contract.Create(Implementation);
}
