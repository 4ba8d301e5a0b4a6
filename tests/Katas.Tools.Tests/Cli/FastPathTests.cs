using Katas.Cli;
using Katas.Cli.Compiling;
using Katas.Cli.Processes;
using Katas.Cli.Testing;
using Katas.Discovery;

namespace Katas.Tools.Tests.Cli;

/// <summary>
/// <c>watch</c>'s fast path (the kata compiled in process, the tests in the warm host) against the
/// ordinary build (MSBuild, then the tests) on the same learner code: the same verdicts, test by test,
/// and the same compiler errors with file and line. On a real build of a copy of the repository.
/// </summary>
public sealed class FastPathTests : IClassFixture<BuiltRepository>
{
    private const string Practice = "src/Katas/SlidingWindowMaximum/Practice.cs";

    // The same generated cases in both runs, so that the property tests compare like with like.
    private const string Replay = "12345,67891";

    // Long enough for a correct solution on a busy machine; short for the infinite loop, which both stop.
    private static TimeSpan LimitFor(string solution) => solution == "infinite loop" ? TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(3);

    private readonly BuiltRepository _repository;

    public FastPathTests(BuiltRepository repository) => _repository = repository;

    public static TheoryData<string> Solutions => new(LearnerCode.Keys);

    private static KataDefinition Kata => KataDefinition.Find("sliding-window-maximum")!;

    private static Dictionary<string, string> LearnerCode { get; } = new()
    {
        ["right"] = Solution("""
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(k, nums.Length);
            var result = new int[nums.Length - k + 1];
            for (var i = 0; i < result.Length; i++)
            {
                var max = nums[i];
                for (var j = i + 1; j < i + k; j++)
                {
                    max = Math.Max(max, nums[j]);
                }

                result[i] = max;
            }

            return result;
            """),

        // Style is advice in the kata folders (.editorconfig): it builds both ways.
        ["right, badly formatted"] = Solution("""
              ArgumentOutOfRangeException.ThrowIfLessThan(k,1);   ArgumentOutOfRangeException.ThrowIfGreaterThan(k , nums.Length);
            var result=new int[nums.Length-k+1];
            for(var i=0;i<result.Length;i++){ var max=nums[i]; for(var j=i+1;j<i+k;j++) max=Math.Max(max,nums[j]); result[i]=max; }
            return result;
            """),

        // The last value of each window is never looked at.
        ["wrong"] = Solution("""
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(k, nums.Length);
            var result = new int[nums.Length - k + 1];
            for (var i = 0; i < result.Length; i++)
            {
                var max = nums[i];
                for (var j = i + 1; j < i + k - 1; j++)
                {
                    max = Math.Max(max, nums[j]);
                }

                result[i] = max;
            }

            return result;
            """),
        ["compile error"] = Solution("""
            var result = new int[nums.Length - k + 1]
            int window = "k";
            return result;
            """),

        // A compiler warning is an error in this repository (TreatWarningsAsErrors), kata folders too.
        ["warning as error"] = Solution("""
            int unused;
            return new int[nums.Length - k + 1];
            """),
        // An analyzer's warning (CA2200, a rethrow that loses the stack) is an error too: the fast path
        // starts the tests before its analyzers finish, and must still report it instead of their verdict.
        ["analyzer warning as error"] = Solution("""
            try
            {
                return new int[checked(nums.Length - k + 1)];
            }
            catch (OverflowException e)
            {
                throw e;
            }
            """),
        ["infinite loop"] = Solution("""
            while (k > 0)
            {
                k = Math.Max(k, 1);
            }

            return [];
            """),
    };

    [Theory]
    [MemberData(nameof(Solutions))]
    public async Task TheFastPathGivesTheOrdinaryBuildsVerdict(string solution)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(_repository.PathOf(Practice), LearnerCode[solution], cancellation);
        var context = _repository.Context(Cli.Console());
        var runner = new TestRunner(context);

        var scratch = Path.Combine(Path.GetTempPath(), "katas-fast-" + Guid.NewGuid().ToString("N"));
        CheckRun fast;
        using (var host = new TestHostProcess(_repository.Root))
        {
            var compiled = await new FastCompiler(_repository.Root, scratch).CompileAsync([Kata], cancellation);
            compiled.Fallback.Should().BeNull("only the learner's file changed, and not its public surface");
            fast = await runner.TestAsync([Kata], host, compiled.Outcome, Replay, LimitFor(solution), null, cancellation);
        }

        var ordinary = await runner.RunAsync([Kata], Replay, LimitFor(solution), null, cancellation);
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        fast.Kind.Should().Be(ordinary.Kind, string.Join('\n', ordinary.Output.TakeLast(20)));
        fast.Kind.Should().Be(solution switch
        {
            "compile error" or "warning as error" or "analyzer warning as error" => CheckRunKind.BuildFailed,
            "infinite loop" => CheckRunKind.TimedOut,
            _ => CheckRunKind.Completed,
        });
        Errors(fast).Should().BeEquivalentTo(Errors(ordinary));
        Outcomes(fast).Should().BeEquivalentTo(Outcomes(ordinary));
        if (solution.StartsWith("right", StringComparison.Ordinal))
        {
            fast.Tests.Should().NotBeEmpty().And.OnlyContain(t => t.Outcome == TestOutcome.Passed);
        }
        else if (solution == "wrong")
        {
            fast.Tests.Should().Contain(t => t.Outcome == TestOutcome.Failed);
        }
        else if (solution == "compile error")
        {
            // The compiler stops at the syntax error: the type error on the next line is not reported, either way.
            Errors(fast).Should().ContainSingle().Which.Should().Be(("src/Katas/SlidingWindowMaximum/Practice.cs", 7, 50, "CS1002"));
        }
        else if (solution == "warning as error")
        {
            Errors(fast).Should().ContainSingle(e => e.Code == "CS0168");
        }
        else if (solution == "analyzer warning as error")
        {
            Errors(fast).Should().ContainSingle(e => e.Code == "CA2200");
        }
    }

    [Fact]
    public async Task ASaveThatKeepsTheFilesLengthAndTimeIsCompiledAfresh()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var path = _repository.PathOf(Practice);
        var right = LearnerCode["right"];
        var broken = right.Replace("return result;", "return result:", StringComparison.Ordinal);
        broken.Length.Should().Be(right.Length);
        var scratch = Path.Combine(Path.GetTempPath(), "katas-fast-" + Guid.NewGuid().ToString("N"));
        try
        {
            var compiler = new FastCompiler(_repository.Root, scratch);
            await File.WriteAllTextAsync(path, right, cancellation);
            var written = File.GetLastWriteTimeUtc(path);
            (await compiler.CompileAsync([Kata], cancellation)).Errors.Should().BeEmpty();

            // Two saves within one tick of the file system's clock look like this.
            await File.WriteAllTextAsync(path, broken, cancellation);
            File.SetLastWriteTimeUtc(path, written);

            (await compiler.CompileAsync([Kata], cancellation)).Errors.Should().Contain(e => e.Code == "CS1002");
        }
        finally
        {
            await File.WriteAllTextAsync(path, right, cancellation);
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AFileUnchangedSinceTheLastCompileKeepsItsAnalyzerErrors()
    {
        // The analyzers run only on the files a save changed; the others keep what they found before.
        var cancellation = TestContext.Current.CancellationToken;
        var path = _repository.PathOf(Practice);
        var other = _repository.PathOf("src/Katas/SlidingWindowMaximum/Scratch.cs");
        var scratch = Path.Combine(Path.GetTempPath(), "katas-fast-" + Guid.NewGuid().ToString("N"));
        try
        {
            var compiler = new FastCompiler(_repository.Root, scratch);
            await File.WriteAllTextAsync(path, LearnerCode["analyzer warning as error"], cancellation);
            (await (await compiler.CompileAsync([Kata], cancellation)).LateErrors).Should().ContainSingle(e => e.Code == "CA2200");

            // Another file of the kata saved, Practice.cs unchanged: its error is still there.
            await File.WriteAllTextAsync(other, "namespace Katas.SlidingWindowMaximum;\n\ninternal static class Scratch\n{\n    internal const int Answer = 42;\n}\n", cancellation);
            (await (await compiler.CompileAsync([Kata], cancellation)).LateErrors).Should().ContainSingle(e => e.Code == "CA2200");

            // Practice.cs mended: analysed afresh, no error; then broken again, found again.
            await File.WriteAllTextAsync(path, LearnerCode["right"], cancellation);
            (await (await compiler.CompileAsync([Kata], cancellation)).LateErrors).Should().BeEmpty();
            await File.WriteAllTextAsync(path, LearnerCode["analyzer warning as error"] + "// saved again\n", cancellation);
            (await (await compiler.CompileAsync([Kata], cancellation)).LateErrors).Should().ContainSingle(e => e.Code == "CA2200");
        }
        finally
        {
            await File.WriteAllTextAsync(path, LearnerCode["right"], cancellation);
            File.Delete(other);
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    [Fact]
    public async Task WatchChecksEachSaveOfTheKataWithoutMSBuildAndAnyOtherChangeWithIt()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(_repository.PathOf(Practice), LearnerCode["right"], cancellation);
        var console = Cli.Console();
        var processes = new CountingProcessRunner();
        var context = _repository.Context(console, processes);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var watching = KatasCli.RunAsync(["watch", "sliding-window-maximum", "--no-scaling", "--debounce", "100", "--interval", "0.2"], console, () => context, stop.Token);
        await Until(() => console.Output.Contains("tests pass", StringComparison.Ordinal), watching);
        await File.WriteAllTextAsync(_repository.PathOf(Practice), LearnerCode["wrong"], cancellation);
        await Until(() => console.Output.Contains("tests fail", StringComparison.Ordinal), watching);
        await File.WriteAllTextAsync(_repository.PathOf(Practice), LearnerCode["compile error"], cancellation);
        await Until(() => console.Output.Contains("CS1002", StringComparison.Ordinal), watching);
        processes.Builds.Should().Be(0, "every check so far compiled the kata in process: only its file changed since the last build");

        // A change outside the kata's folder (a test) takes the ordinary build.
        await File.WriteAllTextAsync(_repository.PathOf(Practice), LearnerCode["right"], cancellation);
        var test = _repository.PathOf("tests/Katas.Tests/SlidingWindowMaximum/ExampleTests.cs");
        await File.AppendAllTextAsync(test, "// a change to a test\n", cancellation);
        await Until(() => Count(console.Output, "tests pass") >= 2, watching);
        await stop.CancelAsync();

        (await watching).Should().Be(ExitCode.Success);
        console.Output.Should().Contain("after a change to Practice.cs");
        processes.Builds.Should().Be(1, "the change to a test took MSBuild");
    }

    // The test console's output is a StringBuilder that watch appends to on its own thread while the test
    // reads it here: a read torn by an append throws from StringBuilder.ToString (seen once in CI,
    // "Index was out of range ... (Parameter 'chunkLength')"). Reading changes nothing, so a torn read
    // counts as "not yet" and the next poll reads again.
    private static bool Holds(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task Until(Func<bool> condition, Task watching)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!Holds(condition))
        {
            watching.IsCompleted.Should().BeFalse("watch runs until stopped");
            DateTime.UtcNow.Should().BeBefore(deadline, "watch answers a save");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private IEnumerable<(string File, int Line, int Column, string Code)> Errors(CheckRun run) =>
        run.BuildErrors.Select(e => (Repository.Relative(_repository.Root, e.File ?? ""), e.Line, e.Column, e.Code)).Distinct();

    private static Dictionary<string, TestOutcome> Outcomes(CheckRun run) =>
        run.Tests.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First().Outcome);

    private static string Solution(string body) => $$"""
        namespace Katas.SlidingWindowMaximum;

        public sealed class Practice : ISlidingWindowMaximum
        {
            public int[] MaxSlidingWindow(ReadOnlySpan<int> nums, int k)
            {
        {{string.Join('\n', body.Split('\n').Select(l => l.Length == 0 ? l : "        " + l))}}
            }
        }

        """;

    private sealed class CountingProcessRunner : IProcessRunner
    {
        private readonly SystemProcessRunner _inner = new();
        private int _builds;

        public int Builds => _builds;

        public Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
        {
            if (request.Arguments.FirstOrDefault() == "build")
            {
                Interlocked.Increment(ref _builds);
            }

            return _inner.RunAsync(request, cancellationToken);
        }
    }
}
