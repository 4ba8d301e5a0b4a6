using System.Reflection;
using Katas.CombinationSum;
using Katas.Discovery;
using Katas.SlidingWindowMaximum;
using Katas.Tests.SlidingWindowMaximum.Straightforward;
using Xunit.Sdk;

namespace Katas.Tests.Infrastructure;

public sealed class NotStartedTests
{
    [Fact]
    public void AnUnstartedPracticeIsOneLineForTheKata()
    {
        var kata = KataDefinition.Find("sliding-window-maximum")!;

        var line = NotStarted.Describe(kata, typeof(Katas.SlidingWindowMaximum.Practice), kata.Contracts, 36, "src/Katas/SlidingWindowMaximum/Practice.cs");

        line.Should().Be("Sliding Window Maximum: not started, 36 tests skipped — edit src/Katas/SlidingWindowMaximum/Practice.cs");
    }

    [Fact]
    public void AnotherClassIsNamed()
    {
        var kata = KataDefinition.Find("sliding-window-maximum")!;

        NotStarted.Describe(kata, typeof(ScanEveryWindow), kata.Contracts, 1, null)
            .Should().Be("Sliding Window Maximum: ScanEveryWindow not started, 1 test skipped");
    }

    [Fact]
    public void APartlyStartedClassNamesTheContractsLeft()
    {
        var kata = KataDefinition.Find("combination-sum")!;
        var second = kata.Contracts.Single(c => c.Interface == typeof(ICombinationSum2));

        NotStarted.Describe(kata, typeof(Katas.CombinationSum.Practice), [second], 40, "src/Katas/CombinationSum/Practice.cs")
            .Should().Be("Combination Sum: ICombinationSum2 of Practice not started, 40 tests skipped — edit src/Katas/CombinationSum/Practice.cs");
    }

    [Fact]
    public void TheCountIsTheNumberOfRowsALearnerClassWouldGet()
    {
        // Counted from the attributes, checked against the rows they make for a reference (which always
        // gets every learner-facing row).
        var contract = KataDefinition.ContractFor<ISlidingWindowMaximum>();
        var reference = contract.Oracle.Name;
        var rows = typeof(NotStartedTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<ImplementationsAttribute<ISlidingWindowMaximum>>()))
            .Where(x => x.Attribute is { ReferencesOnly: false })
            .Sum(x => x.Attribute!.GetData(x.Method, new DisposalTracker()).AsTask().Result
                .Count(r => r.Traits!["Implementation"].Contains(reference)));

        NotStarted.TestsPerImplementation(contract).Should().Be(rows).And.BePositive();
    }
}
