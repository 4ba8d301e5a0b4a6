using System.Reflection;
using System.Text;
using Katas.Discovery;

namespace Katas.Cli.Stubs;

/// <summary>
/// Writes a kata's unsolved <c>Practice</c> stub from its contracts: the single source of truth for
/// <c>katas reset</c>, and the text CI requires the committed <c>Practice.cs</c> to equal byte for byte.
/// </summary>
/// <remarks>
/// The stub is <c>public sealed class Practice</c> in the kata's namespace, implementing every contract
/// of the kata; each member carries <c>/// &lt;inheritdoc/&gt;</c> and throws
/// <see cref="NotImplementedException"/> with a message naming the file. Because the text is derived from
/// the interfaces, which the learner does not edit, a reset never depends on the learner's file, and a
/// new kata needs no stored copy.
/// </remarks>
public static class StubGenerator
{
    /// <summary>The name of the learner's class in every kata.</summary>
    public const string ClassName = "Practice";

    /// <summary>Generates the stub of <paramref name="kata"/>.</summary>
    /// <exception cref="NotSupportedException">A contract has a member a stub cannot implement (see the message).</exception>
    public static StubFile For(KataDefinition kata)
    {
        ArgumentNullException.ThrowIfNull(kata);

        return Generate($"Katas.{kata.Folder}", $"{kata.SourceDirectory}/{ClassName}.cs", kata.Contracts.Select(c => c.Interface).ToArray());
    }

    /// <summary>Generates a stub in <paramref name="ns"/>, saved at <paramref name="relativePath"/>, implementing <paramref name="interfaces"/>.</summary>
    /// <exception cref="NotSupportedException">An interface has a member a stub cannot implement (see the message).</exception>
    public static StubFile Generate(string ns, string relativePath, IReadOnlyList<Type> interfaces)
    {
        ArgumentException.ThrowIfNullOrEmpty(ns);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        ArgumentNullException.ThrowIfNull(interfaces);
        if (interfaces.Count == 0)
        {
            throw new ArgumentException("A stub implements at least one interface.", nameof(interfaces));
        }

        var names = new CSharpTypeNames(ns);
        var message = $"Write your solution in {relativePath}.";
        var members = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in interfaces.SelectMany(MembersOf))
        {
            var (key, text) = member switch
            {
                MethodInfo method => Method(method, names, message),
                PropertyInfo property => Property(property, names, message),
                _ => throw new NotSupportedException($"{member.DeclaringType?.Name}.{member.Name}: a stub can implement methods and properties, not a {member.MemberType}."),
            };

            // One implicit implementation serves every interface that declares the same member.
            if (seen.Add(key))
            {
                members.Add(text);
            }
        }

        var bases = string.Join(", ", interfaces.Select(i => names.Of(i)));
        var summary = members.Count == 1
            ? "Your solution. Replace the exception with your code; the tests run it as soon as it stops throwing."
            : "Your solution. Replace the exceptions with your code; until you start, its tests are skipped.";
        // The usings are known only now that every signature has been written; they go first.
        var builder = new StringBuilder();
        foreach (var import in names.Imports)
        {
            builder.Append("using ").Append(import).Append(";\n");
        }

        if (names.Imports.Count > 0)
        {
            builder.Append('\n');
        }

        builder.Append("namespace ").Append(ns).Append(";\n\n");
        builder.Append("/// <summary>").Append(summary).Append("</summary>\n");
        builder.Append("public sealed class ").Append(ClassName).Append(" : ").Append(bases).Append('\n');
        builder.Append("{\n");
        builder.Append(string.Join("\n", members));
        builder.Append("}\n");

        return new StubFile(relativePath, builder.ToString());
    }

    // Instance members to implement, in declaration order, then those of inherited interfaces.
    private static IEnumerable<MemberInfo> MembersOf(Type contract)
    {
        if (!contract.IsInterface)
        {
            throw new ArgumentException($"{contract.Name} is not an interface.", nameof(contract));
        }

        foreach (var type in contract.GetInterfaces().Prepend(contract))
        {
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .OrderBy(m => m.MetadataToken);
            foreach (var member in members)
            {
                switch (member)
                {
                    case MethodInfo { IsSpecialName: true }:
                        continue; // property accessors come with their property
                    case MethodInfo { IsAbstract: false }:
                        continue; // a default implementation needs no stub
                    case MethodInfo { IsStatic: true } method:
                        throw new NotSupportedException($"{type.Name}.{method.Name} is static abstract: a stub cannot implement it.");
                    case PropertyInfo property when !(property.GetMethod ?? property.SetMethod)!.IsAbstract:
                        continue;
                    case EventInfo:
                        throw new NotSupportedException($"{type.Name}.{member.Name} is an event: a stub cannot implement it.");
                    case MethodInfo or PropertyInfo:
                        yield return member;
                        break;
                }
            }
        }
    }

    private static (string Key, string Text) Method(MethodInfo method, CSharpTypeNames names, string message)
    {
        if (method.ReturnType.IsByRef)
        {
            throw new NotSupportedException($"{method.DeclaringType!.Name}.{method.Name} returns by reference: a stub cannot implement it.");
        }

        var context = new NullabilityInfoContext();
        var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
        var parameters = string.Join(", ", method.GetParameters().Select(p => names.Parameter(p, context)));
        var signature = $"public {names.Of(method.ReturnParameter, context)} {CSharpTypeNames.Identifier(method.Name)}{generic}({parameters})";
        var constraints = method.IsGenericMethodDefinition ? names.Constraints(method.GetGenericArguments()) : "";
        var key = $"{method.Name}`{method.GetGenericArguments().Length}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.ToString()))})";
        var text =
            "    /// <inheritdoc/>\n" +
            $"    {signature}{constraints}\n" +
            "    {\n" +
            $"        throw new NotImplementedException({CSharpTypeNames.Literal(message)});\n" +
            "    }\n";
        return (key, text);
    }

    private static (string Key, string Text) Property(PropertyInfo property, CSharpTypeNames names, string message)
    {
        if (property.GetIndexParameters().Length > 0)
        {
            throw new NotSupportedException($"{property.DeclaringType!.Name}.{property.Name} is an indexer: a stub cannot implement it.");
        }

        var context = new NullabilityInfoContext();
        var type = names.Of(property.PropertyType, context.Create(property), read: true);
        var thrown = $"throw new NotImplementedException({CSharpTypeNames.Literal(message)})";
        var accessors = new List<string>();
        if (property.GetMethod is not null)
        {
            accessors.Add("get");
        }

        if (property.SetMethod is { } setter)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add(isInit ? "init" : "set");
        }

        var text = accessors is ["get"]
            ? $"    /// <inheritdoc/>\n    public {type} {CSharpTypeNames.Identifier(property.Name)} => {thrown};\n"
            : $"    /// <inheritdoc/>\n    public {type} {CSharpTypeNames.Identifier(property.Name)}\n    {{\n{string.Concat(accessors.Select(a => $"        {a} => {thrown};\n"))}    }}\n";
        return ($"{property.Name}", text);
    }
}
