using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using FluentAssertions.Formatting;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// The calls the code under test receives while a property runs, each with the input it received and
/// the output it returned: what a property failure prints, so that the input shown is the failing
/// call's and the output shown is the learner's (see <see cref="PropertyCheck"/>).
/// </summary>
/// <remarks>
/// <c>Subject.Create</c> wraps every implementation in a recorder (<c>CallRecorder</c>)
/// that reports here; outside a property run nothing is recorded and the wrapper only forwards.
/// </remarks>
public static class CallLog
{
    private static readonly List<MethodInfo> Methods = [];

    [ThreadStatic]
    private static List<RecordedCall>? _calls;

    /// <summary>Gets whether the calls on this thread are being recorded (inside a property run).</summary>
    public static bool IsRecording => _calls is not null;

    /// <summary>Registers a method a recorder forwards to, and returns the number that stands for it in <see cref="Begin"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static int Register(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);

        lock (Methods)
        {
            Methods.Add(method);
            return Methods.Count - 1;
        }
    }

    /// <summary>Records that the method registered as <paramref name="method"/> is called with <paramref name="arguments"/> (spans copied to arrays).</summary>
    /// <returns>The call's number, for <see cref="End"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static int Begin(int method, object?[] arguments)
    {
        MethodInfo info;
        lock (Methods)
        {
            info = Methods[method];
        }

        var calls = _calls ?? throw new InvalidOperationException("No property is recording calls on this thread.");
        calls.Add(new RecordedCall(info, arguments));
        return calls.Count - 1;
    }

    /// <summary>Records what call number <paramref name="call"/> returned.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void End(int call, object? result)
    {
        if (_calls is { } calls && call < calls.Count)
        {
            calls[call] = calls[call] with { Result = result, Returned = true };
        }
    }

    /// <summary>Starts recording on this thread, forgetting earlier calls.</summary>
    internal static void Start() => _calls = [];

    /// <summary>Stops recording on this thread and returns the calls recorded since <see cref="Start"/>.</summary>
    internal static IReadOnlyList<RecordedCall> Stop()
    {
        var calls = _calls ?? [];
        _calls = null;
        return calls;
    }

    /// <summary>Formats an input value as a test would write it: <c>[1, -2, 3]</c>, <c>(0.5, 1)</c>, <c>0.1</c> (round-trip).</summary>
    public static string ShowInput(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => ShowItems(items.Cast<object?>().ToArray()),
        _ when value.GetType().IsValueType && IsRecordToString(value) => ShowRecord(value),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Formats an output value as FluentAssertions does in its messages (<c>{1, 2}</c>), so that it reads
    /// like the expected value beside it; on one line, as <see cref="ShowInput"/> does, where
    /// FluentAssertions would take several (records: <c>(1, 0.5)</c>).
    /// </summary>
    public static string ShowOutput(object? value)
    {
        var text = Formatter.ToString(value, new FormattingOptions { UseLineBreaks = false });
        return text.Contains('\n', StringComparison.Ordinal) ? ShowInput(value) : text;
    }

    private static string ShowItems(object?[] items, int limit = 40)
    {
        var shown = string.Join(", ", items.Take(limit).Select(ShowInput));
        return items.Length > limit ? $"[{shown}, … ({items.Length} values)]" : $"[{shown}]";
    }

    // A record struct's generated ToString reads "Vec2 { X = 1, Y = 2 }": shown as (1, 2).
    private static bool IsRecordToString(object value) =>
        value.GetType().GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    private static string ShowRecord(object value)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0);
        return "(" + string.Join(", ", properties.Select(p => ShowInput(p.GetValue(value)))) + ")";
    }
}
