using Katas.Reporting;

namespace Katas.Report;

/// <summary>
/// Runs the benchmarks of one kata or all and regenerates <c>docs/benchmarks</c>, for example
/// <c>dotnet run --project src/Katas.Report -- sliding-window-maximum</c>; see <see cref="ReportOptions.Usage"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => new ReportCommand(Console.Out, Console.Error).Run(args);
}
