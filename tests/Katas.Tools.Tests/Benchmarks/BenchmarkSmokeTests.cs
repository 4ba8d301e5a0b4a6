using System.Reflection;
using BenchmarkDotNet.Attributes;
using Katas.Benchmarks;
using Katas.Benchmarks.Infrastructure;

namespace Katas.Tools.Tests.Benchmarks;

/// <summary>
/// Runs every benchmark method once on the smallest inputs, outside BenchmarkDotNet, so that a
/// benchmark that no longer builds its input, fails its oracle check or throws is caught by
/// <c>dotnet test</c> rather than at the next (long) benchmark run.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    public static TheoryData<string> BenchmarkClasses { get; } = new(
        typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute))))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal));

    [Theory, MemberData(nameof(BenchmarkClasses))]
    public void EveryBenchmarkRunsOnTheSmallestInputs(string benchmarkClass)
    {
        var type = typeof(Program).Assembly.GetType(benchmarkClass, throwOnError: true)!;
        var cases = SmokeCases(type).ToArray();
        cases.Should().NotBeEmpty("every benchmark class must have at least one feasible case");

        foreach (var parameters in cases)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var (name, value) in parameters)
            {
                ParameterSetter.Set(instance, name, value);
            }

            if (type.GetProperty("IsFeasible")?.GetValue(instance) is false)
            {
                continue;
            }

            var label = string.Join(", ", parameters.Select(p => $"{p.Name}={p.Value}"));
            Invoke<GlobalSetupAttribute>(instance, label);
            foreach (var benchmark in type.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute))))
            {
                var result = Run(benchmark, instance, label);
                if (benchmark.ReturnType != typeof(void))
                {
                    result.Should().NotBeNull("{0}.{1} ({2}) must return its result so that it cannot be optimised away", type.Name, benchmark.Name, label);
                }
            }

            Invoke<GlobalCleanupAttribute>(instance, label);
        }
    }

    // Numeric [Params] at their smallest value; every other value (enums, implementations) in full.
    private static IEnumerable<(string Name, object? Value)[]> SmokeCases(Type type)
    {
        IEnumerable<(string Name, object? Value)[]> cases = [[]];
        foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance))
        {
            var values = ParameterValues(type, member);
            if (values is null)
            {
                continue;
            }

            var chosen = values.Length > 0 && values.All(v => v is IConvertible && v is not string && v is not Enum)
                ? [values.MinBy(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture))]
                : values;
            cases = cases.SelectMany(c => chosen.Select(v => c.Append((member.Name, v)).ToArray())).ToArray();
        }

        return cases;
    }

    private static object?[]? ParameterValues(Type type, MemberInfo member)
    {
        if (member.GetCustomAttribute<ParamsAttribute>() is { } fixedValues)
        {
            return fixedValues.Values;
        }

        if (member.GetCustomAttribute<ParamsSourceAttribute>() is { } source)
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
            var provider = (object?)type.GetMethod(source.Name, Flags, Type.EmptyTypes) ?? type.GetProperty(source.Name, Flags);
            var values = provider switch
            {
                MethodInfo method => method.Invoke(null, null),
                PropertyInfo property => property.GetValue(null),
                _ => throw new InvalidOperationException($"{type.Name}: no public static source '{source.Name}'."),
            };
            return ((System.Collections.IEnumerable)values!).Cast<object?>().ToArray();
        }

        return null;
    }

    private static void Invoke<TAttribute>(object instance, string label)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.IsDefined(typeof(TAttribute))))
        {
            Run(method, instance, label);
        }
    }

    private static object? Run(MethodInfo method, object instance, string label)
    {
        try
        {
            return method.Invoke(instance, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"{instance.GetType().Name}.{method.Name} failed for {label}: {e.InnerException.Message}", e.InnerException);
        }
    }
}
