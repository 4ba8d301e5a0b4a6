using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Our one addition to the BenchmarkDotNet command line: <c>--params Name=value[,value…]</c> (repeatable)
/// keeps only the cases whose parameter has one of the values, for example
/// <c>--params N=10000000 Implementation=CacheBlockedSimd,Limit</c>. Names and values ignore case.
/// </summary>
public sealed class ParameterFilter : IFilter
{
    /// <summary>The option's name on the command line.</summary>
    public const string Option = "--params";

    private readonly IReadOnlyDictionary<string, HashSet<string>> _allowed;

    private ParameterFilter(IReadOnlyDictionary<string, HashSet<string>> allowed) => _allowed = allowed;

    /// <summary>
    /// Removes <c>--params</c> and its <c>Name=values</c> arguments from <paramref name="args"/>, returning
    /// the rest for BenchmarkDotNet and the filter (or <see langword="null"/> when there was none).
    /// </summary>
    /// <exception cref="ArgumentException">An argument after <c>--params</c> is not <c>Name=value</c>.</exception>
    public static (string[] Remaining, ParameterFilter? Filter) Extract(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var rest = new List<string>();
        var allowed = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!string.Equals(args[i], Option, StringComparison.OrdinalIgnoreCase))
            {
                rest.Add(args[i]);
                continue;
            }

            for (; i + 1 < args.Length && !args[i + 1].StartsWith('-'); i++)
            {
                var pair = args[i + 1].Split('=', 2);
                if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
                {
                    throw new ArgumentException($"{Option} takes Name=value[,value…] arguments; '{args[i + 1]}' is not one.", nameof(args));
                }

                if (!allowed.TryGetValue(pair[0], out var values))
                {
                    allowed[pair[0]] = values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                values.UnionWith(pair[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return (rest.ToArray(), allowed.Count == 0 ? null : new ParameterFilter(allowed));
    }

    /// <inheritdoc/>
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);

        return _allowed.All(rule =>
            benchmarkCase.Parameters.Items.FirstOrDefault(p => string.Equals(p.Name, rule.Key, StringComparison.OrdinalIgnoreCase)) is { } parameter
            && rule.Value.Contains(Convert.ToString(parameter.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
    }
}
