using System.Reflection;
using Katas.Cli.Stubs;
using Katas.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Tools.Tests.Cli;

public interface IStubSample
{
    string? Name { get; set; }

    int Count { get; }

    IReadOnlyList<int[]> Lists(ReadOnlySpan<int> values, int target);

    (int Start, int End)? Range(int[]? values, string label = "none", double scale = 1.5, DayOfWeek day = DayOfWeek.Monday);

    T Largest<T>(IEnumerable<T> values)
        where T : IComparable<T>;

    bool TryParse(string text, out int value);

    void Sum(ref long total, in int addend, params int[] values);

    Dictionary<string, List<string?>> Group(System.Text.StringBuilder @object);
}

public interface IStubSampleToo
{
    int Count { get; }

    int Twice(int value);
}

public sealed class StubGeneratorTests
{
    [Fact]
    public void EveryCommittedPracticeStubIsTheGeneratedStubByteForByte()
    {
        foreach (var kata in KataDefinition.All)
        {
            var stub = StubGenerator.For(kata);
            var committed = File.ReadAllBytes(Path.Combine(TempRepository.RealRoot, stub.RelativePath));

            committed.Should().Equal(stub.Bytes, "{0} must be what `katas reset {1}` writes; run it (dotnet run --project src/Katas.Cli -- reset {1} --yes) and commit", stub.RelativePath, kata.Name);
        }
    }

    [Fact]
    public void StubImplementsEveryMemberAndThrowsWithTheFileName()
    {
        var stub = StubGenerator.Generate("Katas.Sample", "src/Katas/Sample/Practice.cs", [typeof(IStubSample), typeof(IStubSampleToo)]);

        stub.Content.Should().StartWith("using System.Text;\nusing Katas.Tools.Tests.Cli;\n\nnamespace Katas.Sample;\n")
            .And.Contain("public sealed class Practice : IStubSample, IStubSampleToo\n")
            .And.Contain("    public string? Name\n    {\n        get => throw new NotImplementedException(\"Write your solution in src/Katas/Sample/Practice.cs.\");\n        set =>")
            .And.Contain("    public int Count => throw")
            .And.Contain("public IReadOnlyList<int[]> Lists(ReadOnlySpan<int> values, int target)")
            .And.Contain("public (int Start, int End)? Range(int[]? values, string label = \"none\", double scale = 1.5d, DayOfWeek day = DayOfWeek.Monday)")
            .And.Contain("public T Largest<T>(IEnumerable<T> values)\n        where T : IComparable<T>\n")
            .And.Contain("public bool TryParse(string text, out int value)")
            .And.Contain("public void Sum(ref long total, in int addend, params int[] values)")
            .And.Contain("public Dictionary<string, List<string?>> Group(StringBuilder @object)")
            .And.Contain("public int Twice(int value)")
            .And.Contain("Replace the exceptions with your code");
        stub.Content.Split("public int Count").Should().HaveCount(2, "a member two interfaces share is implemented once");
        stub.Content.Should().NotContain("\r").And.EndWith("}\n");
    }

    [Fact]
    public void GeneratedStubsCompileAndThrowNotImplemented()
    {
        var sources = KataDefinition.All.Select(StubGenerator.For)
            .Select(s => s.Content.Replace("public sealed class Practice", "public sealed class GeneratedPractice", StringComparison.Ordinal))
            .Append(StubGenerator.Generate("Katas.Sample", "src/Katas/Sample/Practice.cs", [typeof(IStubSample), typeof(IStubSampleToo)]).Content)
            .Append("global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;");
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Select(a => MetadataReference.CreateFromFile(a.Location));
        var compilation = CSharpCompilation.Create(
            "Stubs",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);

        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
        var assembly = Assembly.Load(stream.ToArray());
        var sample = (IStubSampleToo)Activator.CreateInstance(assembly.GetType("Katas.Sample.Practice")!)!;
        var act = () => sample.Twice(1);
        act.Should().Throw<NotImplementedException>().WithMessage("Write your solution in src/Katas/Sample/Practice.cs.");
    }

    [Fact]
    public void OneMemberGetsTheSingularSummary()
    {
        var stub = StubGenerator.Generate("Katas.One", "src/Katas/One/Practice.cs", [typeof(IComparable<int>)]);

        stub.Content.Should().Contain("Replace the exception with your code; the tests run it as soon as it stops throwing.")
            .And.Contain("public int CompareTo(int other)");
    }

    [Fact]
    public void StaticAbstractMembersAreRefusedWithTheReason()
    {
        var act = () => StubGenerator.Generate("Katas.X", "src/Katas/X/Practice.cs", [typeof(IParsable<int>)]);

        act.Should().Throw<NotSupportedException>().WithMessage("*static abstract*");
    }
}
