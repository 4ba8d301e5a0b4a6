using System.Globalization;
using System.Text.RegularExpressions;
using Katas.Geometry;
using Katas.SlidingWindowMaximum;
using Katas.Tests.SlidingWindowMaximum;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// What a property failure reports: the input the failing call received, what the code under test
/// returned, and how to replay it; never the generated case when the call received something else.
/// </summary>
public sealed partial class PropertyCheckTests
{
    [Fact]
    public void TheInputShownIsTheOneTheFailingCallReceived()
    {
        var sut = CallRecorder.Wrap<ISlidingWindowMaximum>(new MissesTheLastValue());

        // The generated case has some k, but the law calls with k = n: the report must say k = n.
        var message = Failure(() => PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums, c.Nums.Length).Should().Equal([c.Nums.Max()])));

        var input = Section(message, "Input");
        var nums = Numbers().Matches(input.Split("k = ")[0]).Count;
        input.Should().MatchRegex(@"^nums = \[[^\]]*\], k = \d+$");
        int.Parse(input.Split("k = ")[1], CultureInfo.InvariantCulture).Should().Be(nums, "the law called with k = n");
    }

    [Fact]
    public void TheOutputShownIsTheOneTheCodeUnderTestReturned()
    {
        var sut = CallRecorder.Wrap<ISlidingWindowMaximum>(new MissesTheLastValue());

        var message = Failure(() => PropertyCheck.ForAll(WindowCase.Ties, c =>
            sut.MaxSlidingWindow(c.Nums, c.K).Should().Equal(Oracle.MaxSlidingWindow(c.Nums, c.K))));

        var input = Section(message, "Input");
        var nums = Numbers().Matches(input.Split("k = ")[0]).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        var k = int.Parse(input.Split("k = ")[1], CultureInfo.InvariantCulture);
        Section(message, "Output").Should().Be(CallLog.ShowOutput(new MissesTheLastValue().MaxSlidingWindow(nums, k)));
        message.Should().MatchRegex(@"Replay this exact run: KATAS_REPLAY=""\d+,\d+""");
    }

    [Fact]
    public void EveryCallOfTheFailingRunIsShownWhenThereAreSeveral()
    {
        var sut = CallRecorder.Wrap<ISlidingWindowMaximum>(new MissesTheLastValue());

        var message = Failure(() => PropertyCheck.ForAll(WindowCase.FullRange, c =>
            sut.MaxSlidingWindow(c.Nums.Reverse().ToArray(), c.K).Should().Equal(sut.MaxSlidingWindow(c.Nums, c.K).Reverse())));

        var calls = Section(message, "Calls").Split('\n');
        calls.Should().HaveCount(2).And.OnlyContain(call => Regex.IsMatch(call, @"^nums = \[.*\], k = \d+ → \{.*\}$"));
        message.Should().NotContain("Input:");
    }

    [Fact]
    public void AMethodOfAContractWithSeveralIsNamed()
    {
        var sut = CallRecorder.Wrap<IPlanarGeometry>(new Katas.Geometry.Solutions.ExactGeometry());

        var message = Failure(() => PropertyCheck.ForAll(Geometry.GeometryGen.GridTriples, t =>
            sut.Orientation(t.A, t.B, t.C).Should().Be(2)));

        Section(message, "Input").Should().MatchRegex(@"^Orientation\(a = \(-?[\d.]+, -?[\d.]+\), b = \(.*\), c = \(.*\)\)$");
    }

    [Fact]
    public void ValuesAreShownOnOneLine()
    {
        CallLog.ShowInput(new Vec2(0.5, -1)).Should().Be("(0.5, -1)");
        CallLog.ShowInput(new[] { new Vec2(0, 0), new Vec2(1, 2) }).Should().Be("[(0, 0), (1, 2)]");
        CallLog.ShowInput(0.1 + 0.2).Should().Be("0.30000000000000004");
        CallLog.ShowOutput(new[] { 1, 2 }).Should().Be("{1, 2}", "outputs read like FluentAssertions' expected values");
        CallLog.ShowOutput(new Vec2(1, 0.5)).Should().Be("(1, 0.5)", "FluentAssertions would take six lines");
        CallLog.ShowOutput(new List<int[]> { new[] { 2, 2, 3 }, new[] { 7 } }).Should().Be("{{2, 2, 3}, {7}}");
    }

    [Fact]
    public void WithoutARecordedCallTheGeneratedCaseIsShown()
    {
        var message = Failure(() => PropertyCheck.ForAll(WindowCase.Ties, c => c.K.Should().BeLessThan(0)));

        Section(message, "Input").Should().StartWith("nums = [");
    }

    [Fact]
    public void OutsideAPropertyTheRecorderOnlyForwards()
    {
        var sut = CallRecorder.Wrap<ISlidingWindowMaximum>(new MissesTheLastValue());

        sut.MaxSlidingWindow([3, 1, 2], 3).Should().Equal(new MissesTheLastValue().MaxSlidingWindow([3, 1, 2], 3));
        CallLog.IsRecording.Should().BeFalse();
    }

    [Fact]
    public void EveryKataContractCanBeRecorded()
    {
        foreach (var contract in Katas.Discovery.KataDefinition.All.SelectMany(k => k.Contracts))
        {
            CallRecorder.CanRecord(contract.Interface).Should().BeTrue("{0}'s failures should show the calls it received", contract.Interface.Name);
        }
    }

    private static string Failure(Action property)
    {
        var act = property;
        return act.Should().Throw<PropertyFailedException>().Which.Message.ReplaceLineEndings("\n");
    }

    // The lines under "Heading:" up to the next heading.
    private static string Section(string message, string heading)
    {
        var match = Regex.Match(message, $@"\n{heading}:\n(?<body>.*?)\n(?=[A-Z][a-z ]+:\n|with exception:)", RegexOptions.Singleline);
        match.Success.Should().BeTrue("the report has a {0} section:\n{1}", heading, message);
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"-?\d+")]
    private static partial Regex Numbers();

    // A plain bug: every window but its last value.
    private sealed class MissesTheLastValue : ISlidingWindowMaximum
    {
        public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
        {
            var result = new int[nums.Length - k + 1];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = nums[i];
                for (var j = i + 1; j < i + k - 1; j++)
                {
                    result[i] = Math.Max(result[i], nums[j]);
                }
            }

            return result;
        }
    }
}
