using System.Text;

namespace Katas.Discovery;

/// <summary>
/// Describes one kata: its title, its place in the suggested order, where its files live and the
/// contracts its implementations fulfil.
/// </summary>
/// <remarks>
/// Each kata declares one sealed subclass in its own folder (for example
/// <c>src/Katas/SlidingWindowMaximum/SlidingWindowMaximumKata.cs</c>). Tests, benchmarks and tools find
/// the katas by reflection, and find each contract's implementations the same way, so adding an
/// implementation never needs registration.
/// </remarks>
public abstract class KataDefinition
{
    private static readonly Lazy<IReadOnlyList<KataDefinition>> Discovered = new(Discover);

    /// <summary>Gets every kata in the <c>Katas</c> assembly, in the suggested order.</summary>
    public static IReadOnlyList<KataDefinition> All => Discovered.Value;

    /// <summary>Gets the human-readable title, for example "Sliding Window Maximum".</summary>
    public abstract string Title { get; }

    /// <summary>Gets the position of the kata in the suggested learning order (ascending).</summary>
    public abstract int Order { get; }

    /// <summary>Gets the contracts (interfaces) of the kata, each with the probe that detects a stub.</summary>
    public abstract IReadOnlyList<Contract> Contracts { get; }

    /// <summary>
    /// Gets the kata's scaling probes: growing inputs on which <c>katas check</c> times a passing learner
    /// implementation against the fastest reference (see <see cref="ScalingProbe"/>). None by default.
    /// </summary>
    public virtual IReadOnlyList<ScalingProbe> Scaling => [];

    /// <summary>Gets the folder (and last namespace segment) of the kata, for example <c>SlidingWindowMaximum</c>.</summary>
    public string Folder => GetType().Namespace is { } ns && ns.StartsWith("Katas.", StringComparison.Ordinal)
        ? ns["Katas.".Length..]
        : throw new InvalidOperationException($"{GetType().FullName} must live in a Katas.<Kata> namespace.");

    /// <summary>Gets the kebab-case name of the kata, for example <c>sliding-window-maximum</c>.</summary>
    public string Name => ToKebabCase(Folder);

    /// <summary>Gets the kata's source directory relative to the repository root, with forward slashes.</summary>
    public string SourceDirectory => $"src/Katas/{Folder}";

    /// <summary>Finds a kata by its kebab-case name or its folder name, ignoring case.</summary>
    /// <returns>The kata, or <see langword="null"/> when no kata has that name.</returns>
    public static KataDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return All.FirstOrDefault(k =>
            string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(k.Folder, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds the kata that declares the contract <typeparamref name="T"/>.</summary>
    public static Contract<T> ContractFor<T>()
        where T : class
    {
        foreach (var kata in All)
        {
            foreach (var contract in kata.Contracts)
            {
                if (contract is Contract<T> typed)
                {
                    return typed;
                }
            }
        }

        throw new InvalidOperationException(
            $"No kata declares the contract {typeof(T).Name}: add it to the Contracts of the kata's KataDefinition.");
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    internal static string ToKebabCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static IReadOnlyList<KataDefinition> Discover() =>
        typeof(KataDefinition).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(KataDefinition)))
            .Select(t => (KataDefinition)Activator.CreateInstance(t)!)
            .OrderBy(k => k.Order)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .ToArray();
}
