using Katas.Cli.Testing;

namespace Katas.Tools.Tests.Cli;

public sealed class FailureDetailsTests
{
    private static IReadOnlyList<TestCaseResult> Recorded => XunitResultReader.Read(Cli.Data("check-failing-results.xml"));

    [Fact]
    public void ReadsEveryRowWithItsTraits()
    {
        var results = Recorded;

        results.Should().HaveCount(36);
        results.Count(r => r.Outcome == TestOutcome.Failed).Should().Be(16);
        results.Should().OnlyContain(r => r.Kata == "sliding-window-maximum" && r.Implementation == "Practice" && r.Traits["Kind"] == "learner");
    }

    [Fact]
    public void AnExampleFailureGivesItsArgumentsExpectedAndActual()
    {
        var failure = Recorded.First(r => r.Outcome == TestOutcome.Failed && r.Name.Contains("maximum at the start of each block", StringComparison.Ordinal));

        var details = FailureDetails.From(failure);

        details.Title.Should().Be("Returns the maximum of each window");
        details.Implementation.Should().Be("Practice");
        details.Arguments.Select(a => a.Key).Should().Equal("example", "nums", "k", "expected");
        details.Arguments[0].Value.Should().Be("maximum at the start of each block");
        details.Expected.Should().Be("{9, 8, 8, 8, 7, 7, 7}");
        details.Actual.Should().Be("{9, 0, 8, 8, 0, 7, 7} differs at index 1");
        details.Because.Should().Contain("nums = [9, 0, 0, 8, 0, 0, 7, 0, 0], k = 3");
        details.ReplaySeed.Should().BeNull();
    }

    [Fact]
    public void APropertyFailureGivesTheShrunkCounterexampleAndTheReplaySeed()
    {
        var failure = Recorded.First(r => r.Outcome == TestOutcome.Failed && r.Method == "AgreesWithBruteForceOnTies");

        var details = FailureDetails.From(failure);

        details.PropertySummary.Should().MatchRegex(@"^falsified after \d+ tests?, \d+ shrinks?$");
        details.Counterexample.Should().StartWith("nums = [").And.Contain("k = ");
        details.Expected.Should().StartWith("{");
        details.Actual.Should().Contain("differs at index");
        details.ReplaySeed.Should().MatchRegex(@"^\d+,\d+$");
    }

    [Fact]
    public void APropertyFailureGivesTheInputTheFailingCallReceivedAndWhatItReturned()
    {
        var failure = Recorded.First(r => r.Outcome == TestOutcome.Failed && r.Method == "WindowOfNIsTheMaximum");

        var details = FailureDetails.From(failure);

        details.Counterexample.Should().MatchRegex(@"^nums = \[.*\], k = \d+$");
        details.Output.Should().MatchRegex(@"^\{-?\d+\}$");
        details.Calls.Should().BeEmpty();
        details.OriginalCounterexample.Should().StartWith("nums = [");
        details.Actual.Should().StartWith(details.Output);
    }

    [Fact]
    public void APropertyWithSeveralCallsGivesEachCall()
    {
        var failure = Recorded.First(r => r.Outcome == TestOutcome.Failed && r.Method == "ReversingTheInputReversesTheOutput");

        var details = FailureDetails.From(failure);

        details.Calls.Should().HaveCount(2).And.OnlyContain(c => c.StartsWith("nums = [", StringComparison.Ordinal) && c.Contains(" → {", StringComparison.Ordinal));
        details.Counterexample.Should().BeNull();
        details.Output.Should().BeNull();
    }

    [Fact]
    public void FsChecksOwnReportStillGivesTheShrunkCase()
    {
        var test = new TestCaseResult("T.M [Practice]", "T", "M", TestOutcome.Failed, new Dictionary<string, string>())
        {
            ExceptionType = "Katas.Tests.Infrastructure.PropertyFailedException",
            Message = "Falsifiable, after 3 tests (2 shrinks) (1,2):\nOriginal:\nnums = [5, 3]\nShrunk:\nnums = [1]\nwith exception:\nXunit.Sdk.XunitException: Expected x to be 1, but found 2.\n\nReplay this exact run: KATAS_REPLAY=\"1,2\" (set it, re-run this test).",
        };

        var details = FailureDetails.From(test);

        (details.Counterexample, details.OriginalCounterexample, details.Expected, details.Actual, details.ReplaySeed)
            .Should().Be(("nums = [1]", "nums = [5, 3]", "1", "2", "1,2"));
    }

    [Fact]
    public void ClosuresInAnExpectationReadAsTheTestsSource()
    {
        var test = new TestCaseResult("T.M [Practice]", "T", "M", TestOutcome.Failed, new Dictionary<string, string>())
        {
            ExceptionType = "Xunit.Sdk.XunitException",
            Message = "Expected window to contain only items matching (v <= value(Katas.Tests.X+<>c__DisplayClass9_2).CS$<>8__locals1.output[value(Katas.Tests.X+<>c__DisplayClass9_2).i]), but {1} do(es) not match.",
        };

        var details = FailureDetails.From(test);

        details.Expected.Should().Contain("output[").And.NotContain("DisplayClass").And.NotContain("locals");
    }

    [Fact]
    public void AnExceptionFromTheLearnersCodeIsNamedWithItsLine()
    {
        var test = new TestCaseResult("T.M [Practice]", "Katas.Tests.X.T", "M", TestOutcome.Failed, new Dictionary<string, string>())
        {
            ExceptionType = "System.IndexOutOfRangeException",
            Message = "Index was outside the bounds of the array.",
            StackTrace = "   at Katas.X.Practice.Run(Int32[] a) in /home/me/katas/src/Katas/X/Practice.cs:line 12\n   at Katas.Tests.X.T.M(String implementation) in /home/me/katas/tests/Katas.Tests/X/T.cs:line 30",
        };

        var details = FailureDetails.From(test, "/home/me/katas");

        details.Exception.Should().Be("IndexOutOfRangeException: Index was outside the bounds of the array.");
        details.Location.Should().Be("src/Katas/X/Practice.cs:12");
        details.Expected.Should().BeNull();
    }

    [Fact]
    public void XunitAssertionsGiveExpectedAndActualToo()
    {
        var test = new TestCaseResult("T.M", "T", "M", TestOutcome.Failed, new Dictionary<string, string>())
        {
            ExceptionType = "Xunit.Sdk.EqualException",
            Message = "Assert.Equal() Failure: Values differ\nExpected: 3\nActual:   4",
        };

        var details = FailureDetails.From(test);

        (details.Expected, details.Actual).Should().Be(("3", "4"));
    }

    [Theory]
    [InlineData("ReturnsTheMaximumOfEachWindow", "Returns the maximum of each window")]
    [InlineData("WindowOfNIsTheMaximum", "Window of n is the maximum")]
    [InlineData("AddingAConstantShiftsTheOutput", "Adding a constant shifts the output")]
    [InlineData("CacheBlockedSIMDIsFast", "Cache blocked SIMD is fast")]
    [InlineData("Handles_Underscores", "Handles underscores")]
    [InlineData("CombinationSum2Works", "Combination sum 2 works")]
    public void MethodNamesReadAsSentences(string method, string expected) =>
        FailureDetails.Humanize(method).Should().Be(expected);

    [Fact]
    public void BuildErrorsAreParsedOnceEach()
    {
        var errors = BuildError.Parse(
        [
            "/r/src/Katas/X/Practice.cs(16,17): error CS1002: ; expected [/r/src/Katas/Katas.csproj]",
            "/r/src/Katas/X/Practice.cs(16,17): error CS1002: ; expected [/r/src/Katas/Katas.csproj]",
            "/r/src/Katas/X/Practice.cs(3,1): warning CS0168: unused",
            "MSBUILD : error MSB1009: Project file does not exist.",
        ]);

        errors.Should().Equal(
            new BuildError("/r/src/Katas/X/Practice.cs", 16, 17, "CS1002", "; expected"),
            new BuildError(null, 0, 0, "MSB1009", "Project file does not exist."));
    }
}
