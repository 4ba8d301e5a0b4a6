using BenchmarkDotNet.Attributes;
using Katas.Discovery;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Base class of every kata's benchmarks: the <see cref="Implementation"/> parameter runs each started
/// implementation of <typeparamref name="T"/> (stubs are left out, learners' classes included) and the
/// kata's <see cref="Limit"/> reference, the hardware floor that the ratio columns compare with.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="Limit"/> is a floor: when <see cref="IsLimit"/>, the derived class runs exactly the
/// memory traffic every correct solution must do and nothing more (read the whole input once, in one
/// pass; write the output once, allocated as the fastest solution allocates it), built from
/// <see cref="LimitTraffic"/>. A solution measured below 0.9× the <see cref="Limit"/> means the
/// <see cref="Limit"/> is wrong, and the report says so.
/// </para>
/// <para>
/// Memory and cold calls need no code in the derived class: after BenchmarkDotNet's measurements this
/// class's <c>[GlobalCleanup]</c> profiles one call of the benchmark method with <see cref="CallProfiler"/>
/// (its cold time, the memory it obtains, pooled or not), and <see cref="CallProfileDiagnoser"/> takes the
/// figures to the summary and the JSON export. A derived class that needs a cleanup overrides <see cref="Cleanup"/>.
/// </para>
/// <para>
/// The benchmark report (<c>src/Katas.Report</c>) reads the JSON export with no per-kata code. It takes
/// the baseline from the contract and the kata from the namespace's last segment, and by convention
/// the input size from a numeric parameter named <c>N</c> (the n of the solutions' O(…) bounds): with two
/// or more values of <c>N</c> it plots time against n and fits each solution's empirical complexity.
/// Name the size parameter <c>N</c>. When inputs are named rather than sized, override
/// <see cref="InputSize"/> instead (for example the number of combinations an input has): the report
/// then plots time against it and fits the slope across the named inputs.
/// </para>
/// </remarks>
/// <typeparam name="T">The kata contract.</typeparam>
[Config(typeof(KataBenchmarkConfig))]
public abstract class KataBenchmark<T>
    where T : class
{
    /// <summary>The name of the reference that does only the unavoidable memory traffic; no implementation has it as its label.</summary>
    public const string Limit = Discovery.Contract.LimitName;

    /// <summary>Gets or sets the implementation being measured (its label, see <see cref="Discovery.Implementation.Name"/>), or <see cref="Limit"/>.</summary>
    [ParamsSource(nameof(Implementations))]
    public string Implementation { get; set; } = Limit;

    /// <summary>Gets the kata's contract.</summary>
    public static Contract<T> Contract => KataDefinition.ContractFor<T>();

    /// <summary>Gets whether this case measures the <see cref="Limit"/> reference.</summary>
    public bool IsLimit => Implementation == Limit;

    /// <summary>Gets whether this case measures the contract's oracle (the readable, slow reference).</summary>
    public bool IsOracle => Implementation == Contract.Find(Contract.Oracle).Name;

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

    /// <summary>The labels of the started implementations, then of the peers that can run here (<see cref="Peers"/>), then <see cref="Limit"/>.</summary>
    public static IEnumerable<string> Implementations() => ImplementationsOf(Contract, Peers.For<T>());

    /// <summary>Gets whether this case measures a peer (a library the kata is compared with) rather than a kata implementation.</summary>
    public bool IsPeer => PeerLabels(Contract, Peers.For<T>()).Values.Contains(Implementation);

    /// <summary>
    /// The values of the <see cref="Implementation"/> parameter for <paramref name="contract"/>: the labels
    /// of its started implementations, then those of <paramref name="peers"/>, then <see cref="Limit"/>.
    /// Every label is unique and none is <see cref="Limit"/> (see <see cref="Discovery.Contract.Labels"/>).
    /// </summary>
    public static IEnumerable<string> ImplementationsOf(Contract contract, IReadOnlyCollection<Type>? peers = null)
    {
        ArgumentNullException.ThrowIfNull(contract);

        return contract.Implementations.Where(i => i.IsStarted).Select(i => i.Name)
            .Concat(PeerLabels(contract, peers ?? []).Values)
            .Append(Limit);
    }

    /// <summary>
    /// Labels <paramref name="peers"/> as the contract's implementations are labelled, over the peers and
    /// the implementations together: a peer's label is never an implementation's, nor <see cref="Limit"/>.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> PeerLabels(Contract contract, IReadOnlyCollection<Type> peers)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(peers);

        var labels = Discovery.Contract.Labels([.. peers, .. contract.Implementations.Select(i => i.Type)]);
        return peers.ToDictionary(p => p, p => labels[p]);
    }

    /// <summary>
    /// Profiles one call of the benchmark method in the benchmark process (see <see cref="CallProfiler"/>)
    /// and hands the profile to the host, then runs <see cref="Cleanup"/>. Outside a benchmark process
    /// (a test calling the methods directly) it only runs <see cref="Cleanup"/>.
    /// </summary>
    [GlobalCleanup]
    public void ProfileAndCleanup()
    {
        if (CallProfiler.IsBenchmarkProcess && CallProfiler.Profile(this, typeof(T).Assembly, GetType().Assembly) is { } profile)
        {
            profile.Publish();
            Console.WriteLine(
                $"// Katas call profile: cold {profile.ColdNanoseconds:N0} ns (best of {profile.ColdCalls}), " +
                $"{profile.ColdAllocatedBytes:N0} B obtained by a cold call, {profile.PooledPeakBytes:N0} B pooled at peak, {CallProfile.VectorName(profile.VectorBits)}");
        }

        Cleanup();
    }

    /// <summary>Creates the implementation (or peer) labelled <see cref="Implementation"/>.</summary>
    protected T CreateSubject() =>
        PeerLabels(Contract, Peers.For<T>()).FirstOrDefault(p => p.Value == Implementation).Key is { } peer
            ? (T)Activator.CreateInstance(peer)!
            : Contract.Create(Implementation);

    /// <summary>Releases what the setup made; runs once after each case, after the profile. Does nothing unless overridden.</summary>
    protected virtual void Cleanup()
    {
    }
}
