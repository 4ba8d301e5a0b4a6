using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Katas.Discovery;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Tells, once per test run, which of the learner's classes are still unstarted stubs, so that an
/// ordinary run says so in one skipped line per kata ("Sliding Window Maximum: not started, 36 tests
/// skipped — edit src/Katas/SlidingWindowMaximum/Practice.cs") rather than in hundreds.
/// </summary>
/// <remarks>
/// <para>
/// An unstarted class gets a single row, skipped with that summary, from the first learner-facing test of
/// its unstarted contracts (by class and method name), so that the row lives in the kata's namespace
/// with the kata's traits like any other. With <see cref="EveryTest"/> it gets every row instead, each
/// skipped with the stub's message by <see cref="Subject"/>.
/// </para>
/// <para>
/// Explicit rows would not do: the Microsoft.Testing.Platform adapter lists a test it did not run as skipped.
/// </para>
/// </remarks>
public static class NotStarted
{
    /// <summary>The environment variable that lists every test of an unstarted stub: <c>KATAS_EVERY_TEST=1 dotnet test</c>.</summary>
    public const string EveryTestVariable = "KATAS_EVERY_TEST";

    // The probe runs at discovery, where a learner's infinite loop would hang the whole run without
    // naming a test: past this, the class counts as started and its tests (which name themselves when
    // they hang) say the rest.
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<(Type Contract, Type Type), NotImplementedException?> Probed = new();

    // Every learner-facing [Implementations<T>] test, in the order that picks the one carrying a summary.
    private static readonly Lazy<(MethodInfo Method, IImplementationsData Data)[]> LearnerFacingTests = new(() =>
        typeof(NotStarted).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes().OfType<IImplementationsData>().Select(a => (Method: m, Data: a)))
            .Where(x => !x.Data.ReferencesOnly)
            .OrderBy(x => x.Method.DeclaringType!.FullName, StringComparer.Ordinal)
            .ThenBy(x => x.Method.Name, StringComparer.Ordinal)
            .ToArray());

    /// <summary>Gets whether <c>KATAS_EVERY_TEST</c> asks for every test of an unstarted stub, each skipped, rather than one line per kata.</summary>
    public static bool EveryTest { get; } = Environment.GetEnvironmentVariable(EveryTestVariable) is { Length: > 0 } value && value != "0";

    /// <summary>Gets the stub's exception when <paramref name="implementation"/> is a learner's class not started yet, otherwise <see langword="null"/>.</summary>
    public static NotImplementedException? Stub(Implementation implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);

        return implementation.IsReference
            ? null
            : Probed.GetOrAdd((implementation.Contract.Interface, implementation.Type), _ =>
            {
                try
                {
                    var probe = Task.Run(implementation.Probe);
                    return probe.Wait(ProbeLimit) ? probe.Result : null;
                }
                catch (AggregateException)
                {
                    // The constructor threw: started code with a bug, for its tests to report.
                    return null;
                }
            });
    }

    /// <summary>
    /// Gets the summary row's skip reason when <paramref name="testMethod"/> is the test that carries the
    /// summary of <paramref name="implementation"/>'s class, an unstarted stub; otherwise <see langword="null"/>.
    /// </summary>
    public static string? Summary(MethodInfo testMethod, Implementation implementation)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(implementation);

        if (Stub(implementation) is null)
        {
            return null;
        }

        var kata = KataDefinition.All.First(k => k.Contracts.Contains(implementation.Contract));
        var unstarted = kata.Contracts
            .Select(c => c.Implementations.FirstOrDefault(i => i.Type == implementation.Type))
            .OfType<Implementation>()
            .Select(i => (Implementation: i, Stub: Stub(i)))
            .Where(x => x.Stub is not null)
            .ToArray();
        var carrier = LearnerFacingTests.Value.FirstOrDefault(x => unstarted.Any(u => u.Implementation.Contract.Interface == x.Data.Contract)).Method;
        if (carrier is null || carrier.MethodHandle != testMethod.MethodHandle)
        {
            return null;
        }

        var tests = unstarted.Sum(u => TestsPerImplementation(u.Implementation.Contract));
        var file = unstarted[0].Implementation.SourceFile(unstarted[0].Stub!);
        return Describe(kata, implementation.Type, unstarted.Select(u => u.Implementation.Contract).ToArray(), tests, file);
    }

    /// <summary>
    /// Gets the number of test rows that run one learner implementation of <paramref name="contract"/>:
    /// one per learner-facing <c>[Implementations&lt;T&gt;]</c> test of the contract, times its cases.
    /// </summary>
    public static int TestsPerImplementation(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);

        return LearnerFacingTests.Value.Where(x => x.Data.Contract == contract.Interface).Sum(x => x.Data.CaseCount(x.Method));
    }

    /// <summary>
    /// Describes what is left to start in one learner class: "Sliding Window Maximum: not started, 36 tests
    /// skipped — edit src/Katas/SlidingWindowMaximum/Practice.cs".
    /// </summary>
    /// <param name="kata">The kata.</param>
    /// <param name="learnerClass">The learner's class.</param>
    /// <param name="unstarted">Its contracts that are still stubs.</param>
    /// <param name="tests">How many tests wait for them.</param>
    /// <param name="file">The file to edit, when known.</param>
    public static string Describe(KataDefinition kata, Type learnerClass, IReadOnlyList<Contract> unstarted, int tests, string? file)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(learnerClass);
        ArgumentNullException.ThrowIfNull(unstarted);

        var contracts = kata.Contracts.Count(c => c.Interface.IsAssignableFrom(learnerClass));
        var who = unstarted.Count < contracts
            ? $"{string.Join(" and ", unstarted.Select(c => c.Interface.Name))} of {learnerClass.Name} "
            : learnerClass.Name == "Practice" ? "" : $"{learnerClass.Name} ";
        var edit = file is null ? "" : $" — edit {file}";
        return string.Create(CultureInfo.InvariantCulture, $"{kata.Title}: {who}not started, {tests} {(tests == 1 ? "test" : "tests")} skipped{edit}");
    }
}
