using System.Reflection;

namespace Katas.Tests.Infrastructure;

/// <summary>One call of the code under test: the method, the arguments it received, and what it returned.</summary>
/// <param name="Method">The interface method.</param>
/// <param name="Arguments">The arguments as received (spans copied to arrays before the call).</param>
public sealed record RecordedCall(MethodInfo Method, IReadOnlyList<object?> Arguments)
{
    /// <summary>Gets what the call returned, when it returned.</summary>
    public object? Result { get; init; }

    /// <summary>Gets whether the call returned (rather than threw, or is still running).</summary>
    public bool Returned { get; init; }

    /// <summary>
    /// Gets the input as a test would write it: <c>nums = [0, 1], k = 2</c>, with the method's name in
    /// front when its interface has several (<c>Orientation(a = (0, 0), …)</c>).
    /// </summary>
    public string Input
    {
        get
        {
            var parameters = Method.GetParameters();
            var arguments = string.Join(", ", parameters.Select((p, i) => $"{p.Name} = {CallLog.ShowInput(i < Arguments.Count ? Arguments[i] : null)}"));
            var methods = Method.DeclaringType?.GetMethods().Length ?? 1;
            return methods > 1 ? $"{Method.Name}({arguments})" : arguments;
        }
    }

    /// <summary>Gets the output as FluentAssertions shows values, or <see langword="null"/> when the call did not return.</summary>
    public string? Output => Returned ? (Method.ReturnType == typeof(void) ? "(nothing)" : CallLog.ShowOutput(Result)) : null;
}
