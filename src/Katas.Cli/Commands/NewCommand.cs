using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using Katas.Cli.Stubs;
using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>
/// <c>katas new &lt;kebab-name&gt;</c>: the skeleton of a new kata, complete enough to build and to be
/// skipped as a stub: the contract, the definition, the README (with its hints), the generated
/// <c>Practice</c> stub, a reference solution, the example tests, a property against an oracle, a
/// straightforward learner stand-in, and the benchmark. Every placeholder says TODO.
/// </summary>
/// <remarks>
/// The contract starts as one method, <c>long &lt;Kata&gt;(ReadOnlySpan&lt;int&gt; values)</c>, which the
/// author replaces; <c>katas reset &lt;kata&gt; --yes</c> then regenerates <c>Practice.cs</c> from it. The
/// stub written here is generated the same way, from an interface of that signature.
/// </remarks>
internal static partial class NewCommand
{
    /// <summary>The class name of the skeleton's reference solution (its oracle and baseline).</summary>
    public const string Reference = "BruteForce";

    /// <summary>The class name of the skeleton's straightforward learner stand-in.</summary>
    public const string StandIn = "PlainSolution";

    public static int Execute(CliContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);

        if (!KebabName().IsMatch(name))
        {
            context.Console.MarkupLine($"[red]'{Markup.Escape(name)}' is not a kebab-case name:[/] lower-case words of letters and digits joined by hyphens, starting with a letter, for example [bold]running-median[/].");
            return ExitCode.Usage;
        }

        var folder = string.Concat(name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (context.Katas.FirstOrDefault(k => string.Equals(k.Folder, folder, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            context.Console.MarkupLine($"[red]There is already a kata named {existing.Name}[/] ({existing.SourceDirectory}).");
            return ExitCode.Usage;
        }

        var files = Files(name, folder, context.Katas.Select(k => k.Order).DefaultIfEmpty(0).Max() + 1);
        var taken = files.Select(f => f.Path).Where(p => File.Exists(context.PathOf(p))).ToArray();
        if (taken.Length > 0)
        {
            context.Console.MarkupLine($"[red]{Markup.Escape(string.Join(", ", taken))} already {(taken.Length == 1 ? "exists" : "exist")}:[/] katas new writes only new files.");
            return ExitCode.Usage;
        }

        foreach (var (path, content, _) in files)
        {
            var full = context.PathOf(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, System.Text.Encoding.UTF8.GetBytes(content));
        }

        context.Console.MarkupLine($"[green]Created the kata {name}[/] ({Markup.Escape(Title(name))}): it builds, and its tests are skipped until the stubs are written.");
        foreach (var (path, _, what) in files)
        {
            context.Console.MarkupLine($"  [bold]{Markup.Escape(path)}[/]");
            context.Console.MarkupLine($"      [dim]{Markup.Escape(what)}[/]");
        }

        context.Console.MarkupLine("Next:");
        context.Console.MarkupLine($"  1. Write the contract (I{folder}.cs) and the README's statement; then [bold]katas reset {name} --yes[/] regenerates Practice.cs from the contract.");
        context.Console.MarkupLine($"  2. Write the oracle, the examples, the properties and the stand-in; then the reference solutions, and [bold]dotnet test --project tests/Katas.Tests -- --filter-namespace 'Katas.Tests.{folder}'[/].");
        context.Console.MarkupLine("  3. Add the kata to the README's table of katas; docs/adding-a-kata.md lists everything the tools rely on.");
        return ExitCode.Success;
    }

    /// <summary>Gets the title a kebab-case name reads as: <c>running-median</c> is "Running Median".</summary>
    public static string Title(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return string.Join(' ', name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>Gets every file of the skeleton of the kata <paramref name="name"/> (folder <paramref name="folder"/>, <paramref name="order"/> in the list).</summary>
    public static IReadOnlyList<(string Path, string Content, string What)> Files(string name, string folder, int order)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(folder);

        var title = Title(name);
        var source = $"src/Katas/{folder}";
        var tests = $"tests/Katas.Tests/{folder}";
        var stub = StubGenerator.Generate($"Katas.{folder}", $"{source}/{StubGenerator.ClassName}.cs", [SkeletonContract(folder)]);
        string Fill(string template) => SortUsings(template
            .Replace("{Kata}", folder, StringComparison.Ordinal)
            .Replace("{kata}", name, StringComparison.Ordinal)
            .Replace("{Title}", title, StringComparison.Ordinal)
            .Replace("{Order}", order.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        return
        [
            ($"{source}/I{folder}.cs", Fill(ContractTemplate), "the contract: one method to replace with the kata's own"),
            ($"{source}/{folder}Kata.cs", Fill(DefinitionTemplate), "the definition: title, place in the list, contract, probe, oracle, baseline"),
            ($"{source}/README.md", Fill(ReadmeTemplate), "the statement, examples, constraints, hints (katas show, katas hint)"),
            (stub.RelativePath, stub.Content, "the learner's stub, generated from the contract (katas reset writes it)"),
            ($"{source}/Solutions/{Reference}.cs", Fill(ReferenceTemplate), "a reference solution: the oracle and baseline of the benchmarks"),
            ($"{tests}/ExampleTests.cs", Fill(ExampleTestsTemplate), "examples, every implementation"),
            ($"{tests}/PropertyTests.cs", Fill(PropertyTestsTemplate), "properties against the oracle"),
            ($"{tests}/Oracle.cs", Fill(OracleTemplate), "the tests' own oracle, independent of the library"),
            ($"{tests}/Straightforward/{StandIn}.cs", Fill(StandInTemplate), "what a learner who read only the README writes: every learner-facing test runs it"),
            ($"benchmarks/Katas.Benchmarks/{folder}/{folder}Benchmarks.cs", Fill(BenchmarkTemplate), "the benchmark, with its Limit"),
        ];
    }

    // The using directives at the top of a file in the order dotnet format keeps: System first, then by name.
    private static string SortUsings(string text)
    {
        var lines = text.Split('\n');
        var count = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).Count();
        var sorted = lines.Take(count)
            .OrderBy(l => l.StartsWith("using System", StringComparison.Ordinal) && (l[12] == ';' || l[12] == '.') ? 0 : 1)
            .ThenBy(l => l.TrimEnd(';'), StringComparer.OrdinalIgnoreCase);
        return string.Join('\n', sorted.Concat(lines.Skip(count)));
    }

    // The skeleton's contract as a type, so that its stub comes from StubGenerator like every other.
    private static Type SkeletonContract(string folder)
    {
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Katas.New.{folder}"), AssemblyBuilderAccess.Run).DefineDynamicModule("Katas.New");
        var type = module.DefineType($"Katas.{folder}.I{folder}", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        var method = type.DefineMethod(folder, MethodAttributes.Public | MethodAttributes.Abstract | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot, typeof(long), [typeof(ReadOnlySpan<int>)]);
        method.DefineParameter(1, ParameterAttributes.None, "values");
        return type.CreateType();
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$")]
    private static partial Regex KebabName();

    private const string ContractTemplate = """
        namespace Katas.{Kata};

        /// <summary>{Title}: TODO, in one sentence, what the operation computes.</summary>
        public interface I{Kata}
        {
            /// <summary>TODO: what it returns.</summary>
            /// <param name="values">TODO: what the input is and which values are valid. Not modified.</param>
            /// <returns>TODO: the answer, exactly.</returns>
            long {Kata}(ReadOnlySpan<int> values);
        }

        """;

    private const string DefinitionTemplate = """
        using Katas.{Kata}.Solutions;
        using Katas.Discovery;

        namespace Katas.{Kata};

        /// <summary>The {Title} kata.</summary>
        public sealed class {Kata}Kata : KataDefinition
        {
            /// <inheritdoc/>
            public override string Title => "{Title}";

            /// <inheritdoc/>
            public override int Order => {Order};

            /// <inheritdoc/>
            public override IReadOnlyList<Contract> Contracts { get; } =
            [
                Contract.For<I{Kata}>(
                    probe: s => s.{Kata}([1, 2, 3]),
                    oracle: typeof(BruteForce),
                    baseline: typeof(BruteForce)),
            ];
        }

        """;

    private const string ReferenceTemplate = """
        namespace Katas.{Kata}.Solutions;

        /// <summary>
        /// TODO: the definition, computed directly: the readable reference the benchmarks check the other
        /// solutions' answers against, and their baseline until typical published code takes that place.
        /// </summary>
        /// <remarks>Algorithm: TODO. State its cost as "Time O(…), extra space O(…)": the benchmark report reads it.</remarks>
        public sealed class BruteForce : I{Kata}
        {
            /// <inheritdoc/>
            public long {Kata}(ReadOnlySpan<int> values)
            {
                throw new NotImplementedException("Write the reference solution in src/Katas/{Kata}/Solutions/BruteForce.cs.");
            }
        }

        """;

    private const string ExampleTestsTemplate = """
        using Katas.{Kata};
        using Katas.Tests.Infrastructure;

        namespace Katas.Tests.{Kata};

        public sealed class ExampleTests
        {
            // TODO: published examples (with their source in a comment), the edge cases, the extremes.
            public static TheoryData<string, int[], long> Examples { get; } = new()
            {
                { "TODO: an example", [1, 2, 3], 0 },
            };

            [Theory, Implementations<I{Kata}>(Cases = nameof(Examples))]
            public void ReturnsTheAnswer(string implementation, string example, int[] values, long expected)
            {
                var sut = Subject.Create<I{Kata}>(implementation);

                var actual = sut.{Kata}(values);

                actual.Should().Be(expected, "{0}: values = {1}", example, Generators.Show(values));
            }
        }

        """;

    private const string PropertyTestsTemplate = """
        using FsCheck;
        using FsCheck.Fluent;
        using Katas.{Kata};
        using Katas.Tests.Infrastructure;

        namespace Katas.Tests.{Kata};

        public sealed class PropertyTests
        {
            // TODO: generate valid inputs only; give them a record with a readable ToString if they grow.
            private static Arbitrary<int[]> Values { get; } =
                Arb.From(Generators.SizedArrayOf(Generators.FullRange), values => Generators.ShrinkArray(values));

            [Theory, Implementations<I{Kata}>]
            public void AgreesWithTheOracle(string implementation)
            {
                var sut = Subject.Create<I{Kata}>(implementation);

                PropertyCheck.ForAll(Values, values => sut.{Kata}(values).Should().Be(Oracle.{Kata}(values)));
            }
        }

        """;

    private const string OracleTemplate = """
        namespace Katas.Tests.{Kata};

        /// <summary>TODO: the definition, written independently of the library (the most direct computation there is).</summary>
        internal static class Oracle
        {
            public static long {Kata}(int[] values) =>
                throw new NotImplementedException("Write the tests' oracle in tests/Katas.Tests/{Kata}/Oracle.cs.");
        }

        """;

    private const string StandInTemplate = """
        using Katas.{Kata};

        namespace Katas.Tests.{Kata}.Straightforward;

        /// <summary>
        /// TODO: what a learner who read only the README writes: a plain algorithm, guards with the BCL's
        /// throw helpers, no <c>ActualValue</c>, no message the statement does not ask for.
        /// </summary>
        public sealed class PlainSolution : I{Kata}
        {
            public long {Kata}(ReadOnlySpan<int> values)
            {
                throw new NotImplementedException("Write the stand-in in tests/Katas.Tests/{Kata}/Straightforward/PlainSolution.cs.");
            }
        }

        """;

    private const string BenchmarkTemplate = """
        using System.Numerics.Tensors;
        using BenchmarkDotNet.Attributes;
        using Katas.Benchmarks.Infrastructure;
        using Katas.{Kata};

        namespace Katas.Benchmarks.{Kata};

        /// <summary>
        /// Every started <see cref="I{Kata}"/> against the <c>Limit</c> reference. TODO: the Limit is exactly
        /// the memory traffic every correct solution must do; here, reading the input once.
        /// </summary>
        [MemoryDiagnoser]
        public class {Kata}Benchmarks : KataBenchmark<I{Kata}>
        {
            private int[] _values = [];
            private Func<long> _run = () => 0;

            [Params(
                1_000,       // TODO: the code path each value exercises; fits in L1
                100_000,     // fits in L2
                10_000_000)] // 40 MB, far beyond the caches: the memory-bandwidth regime
            public int N { get; set; }

            [GlobalSetup]
            public void Setup()
            {
                _values = InputData.Uniform(N);
                if (IsLimit)
                {
                    _run = ReadInput;
                    return;
                }

                var subject = CreateSubject();
                _run = () => subject.{Kata}(_values);

                // TODO: check the answer against the definition, so that a wrong fast solution never wins.
            }

            [Benchmark]
            public long {Kata}() => _run();

            private long ReadInput() => TensorPrimitives.Sum<int>(_values);
        }

        """;

    private const string ReadmeTemplate = """
        # {Title}

        *TODO: where the problem comes from · the topics it practises*

        ## The problem

        TODO: the statement, in our own words, complete enough that a learner who reads only this writes a
        correct solution: what the tests check is what this says, and no more.

        ```csharp
        public interface I{Kata}
        {
            long {Kata}(ReadOnlySpan<int> values);
        }
        ```

        ### Examples

        ```
        values = [1, 2, 3]  →  TODO
        ```

        ### Constraints

        - TODO: the valid inputs, and for each invalid one the exception and its `ParamName`. The message and
          `ActualValue` are the learner's unless this section asks for them in words.
        - Do not modify the input.

        ### What to aim for

        TODO: the time and the extra space to aim for, and what a first version may do instead.

        ## Practise

        Write your solution in [`Practice.cs`](Practice.cs) (or add your own class implementing `I{Kata}`
        anywhere in the `Katas` project: it is found and tested automatically).

        ```sh
        katas check {kata}   # your tests: what fails, and why
        katas watch {kata}   # the same, on every save
        ```

        Until `Practice` stops throwing `NotImplementedException`, its tests are *skipped*: one line says so
        for the whole kata (`KATAS_EVERY_TEST=1` lists them one by one).

        ## Hints

        <details><summary>Hint 1: TODO, the first idea</summary>

        TODO.
        </details>

        <details><summary>Hint 2: TODO, the key insight</summary>

        TODO.
        </details>

        <details><summary>Hint 3: TODO, the way to the fastest solution</summary>

        TODO.
        </details>

        ## Reference solutions

        In [`Solutions/`](Solutions). Every one is tested by the same examples and properties as yours.

        | Solution | Algorithm | Time | Extra space |
        |---|---|---|---|
        | [`BruteForce`](Solutions/BruteForce.cs) | TODO | TODO | TODO |

        """;
}
