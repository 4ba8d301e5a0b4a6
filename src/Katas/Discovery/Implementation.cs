using System.Diagnostics;

namespace Katas.Discovery;

/// <summary>A concrete class that implements a kata contract: a reference solution or a learner's.</summary>
public sealed class Implementation
{
    internal Implementation(Type type, Contract contract, string name)
    {
        Type = type;
        Contract = contract;
        Name = name;
    }

    /// <summary>Gets the class.</summary>
    public Type Type { get; }

    /// <summary>Gets the contract it implements.</summary>
    public Contract Contract { get; }

    /// <summary>
    /// Gets the class's full name (namespace and nesting, joined by dots), which identifies the
    /// implementation: two classes of one name in different namespaces are different implementations.
    /// </summary>
    public string FullName => FullNameOf(Type);

    /// <summary>
    /// Gets the label of the implementation in tests, benchmarks and reports: the class name when no other
    /// implementation of the contract has it, otherwise the shortest dotted tail of <see cref="FullName"/>
    /// that is unique (for example <c>Solutions.MonotonicDeque</c> beside a learner's <c>MonotonicDeque</c>).
    /// It is never <see cref="Contract.LimitName"/>, which names the benchmarks' hardware-floor reference.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets whether this is a reference solution (it lives in a <c>.Solutions</c> namespace) rather than a learner's.</summary>
    public bool IsReference => Type.Namespace?.EndsWith(".Solutions", StringComparison.Ordinal) == true;

    /// <summary>Gets whether this is the contract's oracle.</summary>
    public bool IsOracle => Type == Contract.Oracle;

    /// <summary>Gets whether this is the contract's benchmark baseline.</summary>
    public bool IsBaseline => Type == Contract.Baseline;

    /// <summary>Creates a fresh instance.</summary>
    public object Create() => Activator.CreateInstance(Type)!;

    /// <summary>
    /// Runs the contract's probe on a fresh instance. Returns <see langword="null"/> when the
    /// implementation has been started, or the stub's <see cref="NotImplementedException"/>.
    /// </summary>
    /// <remarks>Any other exception counts as started: the tests will report it as a failure.</remarks>
    public NotImplementedException? Probe() => Contract.Probe(Create());

    /// <summary>Gets whether the probe runs without <see cref="NotImplementedException"/>.</summary>
    public bool IsStarted => Probe() is null;

    /// <summary>Explains that this implementation has not been started and which file to edit.</summary>
    public string DescribeNotStarted(NotImplementedException stub)
    {
        ArgumentNullException.ThrowIfNull(stub);

        var file = SourceFile(stub);
        var where = file is null || stub.Message.Contains(file, StringComparison.Ordinal) ? "" : $" Edit {file} to start.";
        return $"{Name} ({Contract.Interface.Name}) is not started yet: {stub.Message}{where}";
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    internal static string FullNameOf(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>
    /// Gets the file to edit to start this implementation: the one that threw <paramref name="stub"/>
    /// (from the stack trace when symbols are present, otherwise by convention
    /// <c>src/Katas/&lt;Kata&gt;/&lt;Class&gt;.cs</c>), relative to the repository root, or <see langword="null"/>.
    /// </summary>
    public string? SourceFile(Exception stub)
    {
        ArgumentNullException.ThrowIfNull(stub);

        var frames = new StackTrace(stub, fNeedFileInfo: true).GetFrames();
        var file = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType == Type)?.GetFileName();
        var root = Repository.FindRoot();
        if (file is not null)
        {
            return Repository.Relative(root, file);
        }

        if (root is null || Type.Namespace is not { } ns || !ns.StartsWith("Katas.", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = ns["Katas.".Length..].Replace('.', '/');
        var candidate = Path.Combine(root, "src", "Katas", folder, Name + ".cs");
        return File.Exists(candidate) ? Repository.Relative(root, candidate) : null;
    }
}
