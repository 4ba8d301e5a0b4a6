using System.Reflection;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>Sets a benchmark parameter (a public field or property) by name, as BenchmarkDotNet does.</summary>
public static class ParameterSetter
{
    public static void Set(object instance, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(instance);

        var type = instance.GetType();
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        if (type.GetField(name, Flags) is { } field)
        {
            field.SetValue(instance, value);
        }
        else if (type.GetProperty(name, Flags) is { CanWrite: true } property)
        {
            property.SetValue(instance, value);
        }
        else
        {
            throw new InvalidOperationException($"{type.Name} has no public parameter '{name}'.");
        }
    }
}
