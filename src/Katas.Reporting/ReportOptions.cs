using Katas.Discovery;

namespace Katas.Reporting;

/// <summary>The report command's arguments, parsed.</summary>
/// <param name="Katas">The katas to benchmark and report; empty for all.</param>
/// <param name="Run">Whether to run the benchmarks first (<see langword="false"/> with <c>--no-run</c>).</param>
/// <param name="ResultsDirectory">Where BenchmarkDotNet's JSON exports are, or <see langword="null"/> for the default.</param>
/// <param name="OutputDirectory">Where the reports go, or <see langword="null"/> for <c>docs/benchmarks</c>.</param>
/// <param name="SizeParameter">The parameter that holds the input size.</param>
/// <param name="BenchmarkArguments">Arguments passed on to the benchmarks, for example <c>--job short</c>.</param>
/// <param name="Help">Whether to print the usage and stop.</param>
public sealed record ReportOptions(
    IReadOnlyList<KataDefinition> Katas,
    bool Run,
    string? ResultsDirectory,
    string? OutputDirectory,
    string SizeParameter,
    IReadOnlyList<string> BenchmarkArguments,
    bool Help)
{
    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        Runs the benchmarks of one kata or all, then writes docs/benchmarks/<kata>.md and <kata>.png.

        Usage: dotnet run --project src/Katas.Report -- [kata ...|all] [options] [benchmark options]

          kata              a kata's name or folder (sliding-window-maximum, SlidingWindowMaximum); none or 'all' = every kata
          --no-run          do not run the benchmarks: regenerate the reports from the JSON already in the results directory
          --results DIR     BenchmarkDotNet's results directory (default: BenchmarkDotNet.Artifacts/results at the repository root)
          --output DIR      where the reports go (default: docs/benchmarks at the repository root)
          --size NAME       the parameter that holds the input size (default: N)
          -h, --help        show this help

        Any other option, and everything after '--', goes to the benchmarks (BenchmarkDotNet's switches and our
        --params), for example:

          dotnet run --project src/Katas.Report -- sliding-window-maximum --job short --params N=1000,100000 K=16
          dotnet run --project src/Katas.Report -- all --no-run
        """;

    /// <summary>Parses the command line.</summary>
    /// <exception cref="ArgumentException">An argument is unknown, incomplete or names no kata; the message says which.</exception>
    public static ReportOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var katas = new List<KataDefinition>();
        var forwarded = new List<string>();
        var all = false;
        bool run = true, help = false;
        string? results = null, output = null;
        var size = BenchmarkResult.SizeParameter;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--":
                    forwarded.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                case "-h" or "--help" or "-?":
                    help = true;
                    break;
                case "--no-run":
                    run = false;
                    break;
                case "--results":
                    results = Value(args, ref i);
                    break;
                case "--output":
                    output = Value(args, ref i);
                    break;
                case "--size":
                    size = Value(args, ref i);
                    break;
                case var option when option.StartsWith('-'):
                    forwarded.Add(option);
                    break;
                case var value when forwarded.Count > 0:
                    forwarded.Add(value); // a value of a benchmark option, e.g. "short" after "--job"
                    break;
                case var name when string.Equals(name, "all", StringComparison.OrdinalIgnoreCase):
                    all = true;
                    break;
                default:
                    katas.Add(KataDefinition.Find(arg) ?? throw new ArgumentException(
                        $"No kata is named '{arg}'. Known: {string.Join(", ", KataDefinition.All.Select(k => k.Name))}, or 'all'.", nameof(args)));
                    break;
            }
        }

        if (!run && forwarded.Count > 0)
        {
            throw new ArgumentException(
                $"--no-run reuses the last results, so the benchmark options '{string.Join(' ', forwarded)}' would have no effect: drop one or the other.", nameof(args));
        }

        return new ReportOptions(all ? [] : katas.Distinct().ToArray(), run, results, output, size, forwarded, help);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith('-'))
        {
            throw new ArgumentException($"{args[i]} needs a value.", nameof(args));
        }

        return args[++i];
    }
}
