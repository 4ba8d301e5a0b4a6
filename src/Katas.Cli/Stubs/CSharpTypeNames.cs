using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Katas.Cli.Stubs;

/// <summary>
/// Writes types and parameters as C# source for a file in namespace <c>ns</c> (nullable annotations,
/// keywords, tuples with their element names, <c>params</c>, <c>scoped</c>, defaults), collecting the
/// <c>using</c> directives the file needs beyond the SDK's implicit ones.
/// </summary>
internal sealed class CSharpTypeNames
{
    // Microsoft.NET.Sdk's implicit global usings.
    private static readonly HashSet<string> ImplicitUsings = new(StringComparer.Ordinal)
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(char)] = "char",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
    };

    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    private readonly string _namespace;
    private readonly HashSet<string> _imports = new(StringComparer.Ordinal);

    public CSharpTypeNames(string ns) => _namespace = ns;

    /// <summary>Gets the namespaces to import, <c>System</c> ones first, then by name.</summary>
    public IReadOnlyList<string> Imports => _imports
        .OrderBy(i => i == "System" || i.StartsWith("System.", StringComparison.Ordinal) ? 0 : 1)
        .ThenBy(i => i, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Escapes <paramref name="name"/> when it is a C# keyword.</summary>
    public static string Identifier(string name) => ReservedWords.Contains(name) ? "@" + name : name;

    /// <summary>Writes <paramref name="value"/> as a C# string literal.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Writes <paramref name="type"/> without nullable annotations (for base interfaces).</summary>
    public string Of(Type type) => Of(type, null, read: true);

    /// <summary>Writes a method's return type.</summary>
    public string Of(ParameterInfo returnParameter, NullabilityInfoContext context)
    {
        ArgumentNullException.ThrowIfNull(returnParameter);
        ArgumentNullException.ThrowIfNull(context);

        return Of(returnParameter.ParameterType, context.Create(returnParameter), read: true, TupleNames(returnParameter));
    }

    /// <summary>Writes one parameter: modifiers, type, name and default value.</summary>
    public string Parameter(ParameterInfo parameter, NullabilityInfoContext context)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(context);

        var type = parameter.ParameterType;
        var modifiers = new StringBuilder();
        if (parameter.IsDefined(typeof(ScopedRefAttribute)))
        {
            modifiers.Append("scoped ");
        }

        if (parameter.IsDefined(typeof(ParamArrayAttribute)) || parameter.IsDefined(typeof(ParamCollectionAttribute)))
        {
            modifiers.Append("params ");
        }

        if (type.IsByRef)
        {
            modifiers.Append(
                parameter.IsOut ? "out "
                : parameter.IsDefined(typeof(RequiresLocationAttribute)) ? "ref readonly "
                : parameter.IsIn ? "in "
                : "ref ");
            type = type.GetElementType()!;
        }

        var text = $"{modifiers}{Of(type, context.Create(parameter), read: !parameter.IsOut, TupleNames(parameter))} {Identifier(parameter.Name!)}";
        return parameter.HasDefaultValue ? $"{text} = {DefaultValue(parameter.DefaultValue, type)}" : text;
    }

    /// <summary>Writes the <c>where</c> clauses of a generic method, each on its own line.</summary>
    public string Constraints(Type[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var builder = new StringBuilder();
        foreach (var parameter in parameters)
        {
            var attributes = parameter.GenericParameterAttributes;
            var clauses = new List<string>();
            var isStruct = attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                clauses.Add("class");
            }

            if (isStruct)
            {
                clauses.Add(parameter.IsDefined(typeof(IsUnmanagedAttribute)) ? "unmanaged" : "struct");
            }

            clauses.AddRange(parameter.GetGenericParameterConstraints().Where(t => t != typeof(ValueType)).Select(Of));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            {
                clauses.Add("new()");
            }

            if (attributes.HasFlag(GenericParameterAttributes.AllowByRefLike))
            {
                clauses.Add("allows ref struct");
            }

            if (clauses.Count > 0)
            {
                builder.Append("\n        where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", clauses));
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes <paramref name="type"/> with the nullable annotations of <paramref name="nullability"/>.</summary>
    public string Of(Type type, NullabilityInfo? nullability, bool read, Queue<string?>? tupleNames = null)
    {
        ArgumentNullException.ThrowIfNull(type);

        if (type.IsPointer || type.IsFunctionPointer)
        {
            throw new NotSupportedException($"A stub cannot use the pointer type {type}.");
        }

        var state = nullability is null ? NullabilityState.Unknown : read ? nullability.ReadState : nullability.WriteState;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying, nullability?.GenericTypeArguments.FirstOrDefault(), read, tupleNames) + "?";
        }

        string text;
        if (type.IsGenericParameter)
        {
            text = type.Name;
        }
        else if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            text = Of(type.GetElementType()!, nullability?.ElementType, read, tupleNames) + "[" + new string(',', rank - 1) + "]";
        }
        else if (Keywords.TryGetValue(type, out var keyword))
        {
            text = keyword;
        }
        else if (IsValueTuple(type))
        {
            var elements = type.GetGenericArguments();
            var names = elements.Select(_ => tupleNames is { Count: > 0 } ? tupleNames.Dequeue() : null).ToArray();
            text = "(" + string.Join(", ", elements.Select((e, i) =>
            {
                var element = Of(e, nullability?.GenericTypeArguments.ElementAtOrDefault(i), read, tupleNames);
                return names[i] is { } name ? $"{element} {name}" : element;
            })) + ")";
        }
        else
        {
            Import(type);
            var name = NestedName(type);
            if (type.IsGenericType)
            {
                var arguments = type.GetGenericArguments();
                name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", arguments.Select((a, i) =>
                    Of(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i), read, tupleNames))) + ">";
            }

            text = name;
        }

        return state == NullabilityState.Nullable && !type.IsValueType ? text + "?" : text;
    }

    private static bool IsValueTuple(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName is { } name && name.StartsWith("System.ValueTuple`", StringComparison.Ordinal)
        && type.GetGenericArguments().Length is > 1 and < 8;

    // Tuple element names, in the pre-order the compiler records them.
    private static Queue<string?>? TupleNames(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<TupleElementNamesAttribute>() is { } names ? new Queue<string?>(names.TransformNames) : null;

    private static string NestedName(Type type) =>
        type.DeclaringType is { } outer && !type.IsGenericParameter ? $"{NestedName(outer)}.{type.Name}" : type.Name;

    private static string DefaultValue(object? value, Type type) => value switch
    {
        null => type.IsValueType ? "default" : "null",
        bool b => b ? "true" : "false",
        string s => Literal(s),
        char c => c == '\'' ? "'\\''" : $"'{Literal(c.ToString())[1..^1]}'",
        Enum e => Enum.GetName(e.GetType(), e) is { } member ? $"{e.GetType().Name}.{member}" : $"({e.GetType().Name}){Convert.ToInt64(e, CultureInfo.InvariantCulture)}",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"A stub cannot write the default value {value} of type {value.GetType()}."),
    };

    private void Import(Type type)
    {
        var ns = type.Namespace;
        if (string.IsNullOrEmpty(ns) || ImplicitUsings.Contains(ns) || ns == _namespace || _namespace.StartsWith(ns + ".", StringComparison.Ordinal))
        {
            return;
        }

        _imports.Add(ns);
    }
}
