using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks.Infrastructure;
using Katas.Discovery;

namespace Katas.Cli.Benchmarks;

/// <summary>
/// One BenchmarkDotNet run of one kata benchmark class: which implementations (the learner's, the
/// references, the <c>Limit</c>) and which value of each other parameter, as <c>--params</c> arguments.
/// </summary>
/// <param name="Class">The benchmark class.</param>
/// <param name="Implementations">The implementations to measure, the learner's first.</param>
/// <param name="Parameters">The value(s) of every other parameter; none means BenchmarkDotNet's full set.</param>
internal sealed record BenchmarkPlan(Type Class, IReadOnlyList<string> Implementations, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Parameters)
{
    /// <summary>The benchmark project, relative to the repository root.</summary>
    public const string Project = "benchmarks/Katas.Benchmarks/Katas.Benchmarks.csproj";

    /// <summary>Gets the parameters as <c>Name=v1,v2</c>, the <c>--params</c> syntax.</summary>
    public IEnumerable<string> ParameterArguments =>
        Parameters.Select(p => $"{p.Key}={string.Join(',', p.Value)}").Prepend($"Implementation={string.Join(',', Implementations)}");

    /// <summary>Gets the arguments of <c>dotnet</c> that run this plan.</summary>
    /// <param name="job">The BenchmarkDotNet job.</param>
    /// <param name="artifacts">Where BenchmarkDotNet writes its results.</param>
    /// <param name="inProcess">
    /// Whether to run every case in the benchmark process (<c>--inProcess</c>) rather than in a process of
    /// its own built for the run: a quick race skips the generated project's build and one process start
    /// per case (52 s in all against 172 s, for six cases of Sliding Window Maximum), at the price of the
    /// cold-call and scratch columns, which <c>katas bench</c> does not show.
    /// </param>
    public IReadOnlyList<string> Arguments(string job, string artifacts, bool inProcess = false) =>
    [
        "run", "-c", "Release", "--project", Project, "--",
        "--filter", $"{Class.FullName}.*", "--job", job, "--artifacts", artifacts,
        .. (inProcess ? (string[])["--inProcess"] : []),
        "--params", .. ParameterArguments,
    ];

    /// <summary>Finds the benchmark classes of <paramref name="kata"/>: those deriving from <see cref="KataBenchmark{T}"/> for one of its contracts.</summary>
    public static IReadOnlyList<(Type Class, Contract Contract)> ClassesOf(KataDefinition kata)
    {
        ArgumentNullException.ThrowIfNull(kata);

        var classes = new List<(Type, Contract)>();
        foreach (var type in typeof(KataBenchmark<>).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }))
        {
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KataBenchmark<>)
                    && kata.Contracts.FirstOrDefault(c => c.Interface == t.GetGenericArguments()[0]) is { } contract)
                {
                    classes.Add((type, contract));
                    break;
                }
            }
        }

        return classes.OrderBy(c => c.Item1.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the <c>[Params]</c> of <paramref name="benchmark"/> (not <c>Implementation</c>), in declaration order, with their values.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?[]>> ParametersOf(Type benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);

        return benchmark.GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m is PropertyInfo or FieldInfo)
            .Select(m => (Member: m, Values: m.GetCustomAttribute<ParamsAttribute>()?.Values))
            .Where(m => m.Values is not null && m.Member.Name != "Implementation")
            .OrderBy(m => m.Member.MetadataToken)
            .Select(m => new KeyValuePair<string, object?[]>(m.Member.Name, m.Values!))
            .ToArray();
    }

    /// <summary>
    /// Plans a run: every parameter the learner did not choose gets one representative value (the lower
    /// median of a numeric list, the first of any other), moved as little as needed for the case to be
    /// feasible for the learner's implementations; with <paramref name="full"/>, every value.
    /// </summary>
    /// <param name="benchmark">The benchmark class.</param>
    /// <param name="implementations">The learner's implementations first, then the references, then <c>Limit</c>.</param>
    /// <param name="learners">The learner's implementations, for the feasibility check.</param>
    /// <param name="chosen">Values the learner gave with <c>--params</c>, by parameter name (any case).</param>
    /// <param name="full">Whether to run every value of the parameters not chosen.</param>
    /// <exception cref="ArgumentException">A chosen parameter or value does not exist; the message lists those that do.</exception>
    public static BenchmarkPlan Create(
        Type benchmark, IReadOnlyList<string> implementations, IReadOnlyList<string> learners, IReadOnlyDictionary<string, string[]> chosen, bool full)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(implementations);
        ArgumentNullException.ThrowIfNull(learners);
        ArgumentNullException.ThrowIfNull(chosen);

        var declared = ParametersOf(benchmark);
        foreach (var (name, values) in chosen)
        {
            var parameter = declared.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
            if (parameter.Key is null)
            {
                throw new ArgumentException(
                    $"{benchmark.Name} has no parameter '{name}'. Its parameters: {string.Join(", ", declared.Select(p => $"{p.Key} ({string.Join(", ", p.Value.Select(Text))})"))}.",
                    nameof(chosen));
            }

            var unknown = values.FirstOrDefault(v => !parameter.Value.Any(d => string.Equals(Text(d), v, StringComparison.OrdinalIgnoreCase)));
            if (unknown is not null)
            {
                throw new ArgumentException($"{parameter.Key} has no value '{unknown}' in {benchmark.Name}. Its values: {string.Join(", ", parameter.Value.Select(Text))}.", nameof(chosen));
            }
        }

        var fixedValues = declared.ToDictionary(
            p => p.Key,
            p => chosen.FirstOrDefault(c => string.Equals(c.Key, p.Key, StringComparison.OrdinalIgnoreCase)).Value is { } given
                ? p.Value.Where(v => given.Contains(Text(v), StringComparer.OrdinalIgnoreCase)).ToArray()
                : null);
        if (full)
        {
            return new BenchmarkPlan(benchmark, implementations, declared
                .Where(p => fixedValues[p.Key] is not null)
                .Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, fixedValues[p.Key]!.Select(Text).ToArray()))
                .ToArray());
        }

        // Each free parameter's values in order of preference; try combinations by total preference.
        var free = declared.Where(p => fixedValues[p.Key] is null).Select(p => (p.Key, Values: Preference(benchmark, p.Key, p.Value))).ToArray();
        IEnumerable<(int Cost, KeyValuePair<string, object?>[] Values)> combinations = [(0, [])];
        foreach (var (name, values) in free)
        {
            combinations = combinations.SelectMany(c => values.Select((v, i) => (c.Cost + i, c.Values.Append(new KeyValuePair<string, object?>(name, v)).ToArray()))).ToArray();
        }

        var ordered = combinations.OrderBy(c => c.Cost).Select(c => c.Values).ToArray();
        var pick = ordered.FirstOrDefault(values => IsFeasible(benchmark, learners.Append("Limit"), values, fixedValues)) ?? ordered.First();
        var parameters = declared.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(
            p.Key,
            fixedValues[p.Key] is { } given ? given.Select(Text).ToArray() : [Text(pick.First(v => v.Key == p.Key).Value)]));
        return new BenchmarkPlan(benchmark, implementations, parameters.ToArray());
    }

    /// <summary>Writes a parameter value as BenchmarkDotNet and <c>--params</c> do.</summary>
    public static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    // The value the benchmark names with [DefaultValue] first (an input that shows the difference the
    // kata's README promises); then, for numbers, the lower median, then outwards (smaller before larger
    // at equal distance); anything else: as declared.
    private static object?[] Preference(Type benchmark, string name, object?[] values)
    {
        var member = benchmark.GetMember(name, BindingFlags.Public | BindingFlags.Instance).FirstOrDefault();
        if (member?.GetCustomAttribute<DefaultValueAttribute>()?.Value is { } preferred && values.FirstOrDefault(v => Equals(v, preferred)) is { } value)
        {
            return [value, .. Preference(values.Where(v => !Equals(v, preferred)).ToArray())];
        }

        return Preference(values);
    }

    private static object?[] Preference(object?[] values)
    {
        if (values.Length == 0 || !values.All(v => v is IConvertible and not string and not Enum and not bool))
        {
            return values;
        }

        var sorted = values.OrderBy(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray();
        var median = (sorted.Length - 1) / 2;
        return sorted.Select((v, i) => (Value: v, Distance: Math.Abs(i - median), Index: i))
            .OrderBy(x => x.Distance).ThenBy(x => x.Index)
            .Select(x => x.Value)
            .ToArray();
    }

    private static bool IsFeasible(Type benchmark, IEnumerable<string> implementations, KeyValuePair<string, object?>[] free, Dictionary<string, object?[]?> fixedValues)
    {
        var property = benchmark.GetProperty(nameof(KataBenchmark<object>.IsFeasible));
        if (property is null)
        {
            return true;
        }

        foreach (var implementation in implementations)
        {
            var instance = Activator.CreateInstance(benchmark)!;
            ParameterSetter.Set(instance, "Implementation", implementation);
            foreach (var (name, values) in fixedValues)
            {
                if (values is { Length: > 0 })
                {
                    ParameterSetter.Set(instance, name, values[0]);
                }
            }

            foreach (var (name, value) in free)
            {
                ParameterSetter.Set(instance, name, value);
            }

            if (property.GetValue(instance) is false)
            {
                return false;
            }
        }

        return true;
    }
}
