using Microsoft.CodeAnalysis;

namespace Katas.Cli.Compiling;

/// <summary>
/// What other assemblies can compile against in a library: every public or protected type and member,
/// written with its signature, nullability, constant and default values and attributes. The tests are
/// compiled against the library's reference assembly; while its surface is the same, compiling them
/// again would give the same tests, which is when MSBuild would not compile them again either.
/// </summary>
/// <remarks>
/// It compares symbols rather than the bytes of reference assemblies because a different compiler
/// version (katas' Roslyn against the SDK's) may lay out the same metadata differently. Attributes the
/// compiler adds itself (<c>System.Runtime.CompilerServices</c>) are left out for the same reason.
/// </remarks>
internal static class PublicSurface
{
    // Not the type keyword: metadata cannot tell a record from a class.
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMemberOptions(
            SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeConstantValue | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeExplicitInterface | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeType)
        .WithParameterOptions(
            SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeExtensionThis | SymbolDisplayParameterOptions.IncludeModifiers
            | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeOptionalBrackets | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeType)
        .WithKindOptions(SymbolDisplayKindOptions.IncludeMemberKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword)
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints | SymbolDisplayGenericsOptions.IncludeVariance)
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Gets the surface of <paramref name="assembly"/>, one line per type or member.</summary>
    public static IReadOnlySet<string> Of(IAssemblySymbol assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var lines = new HashSet<string>(StringComparer.Ordinal);
        Add(assembly.GlobalNamespace, lines);
        return lines;
    }

    private static void Add(INamespaceOrTypeSymbol container, HashSet<string> lines)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceSymbol ns:
                    Add(ns, lines);
                    break;
                case INamedTypeSymbol type when Visible(type):
                    lines.Add($"{type.TypeKind} {Line(type)}{Bases(type)}");
                    Add(type, lines);
                    break;
                case not INamedTypeSymbol when Visible(member):
                    lines.Add(Line(member));
                    break;
            }
        }
    }

    private static bool Visible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && (symbol.ContainingType is null || Visible(symbol.ContainingType));

    private static string Line(ISymbol symbol)
    {
        var attributes = symbol.GetAttributes()
            .Where(a => a.AttributeClass?.ContainingNamespace?.ToDisplayString() != "System.Runtime.CompilerServices")
            .Select(a => $"[{a}]")
            .Order(StringComparer.Ordinal);
        var sealing = symbol is INamedTypeSymbol { IsSealed: true } or { IsStatic: true } ? (symbol.IsStatic ? " static" : " sealed") : "";
        return string.Concat(attributes) + symbol.ToDisplayString(Format) + sealing;
    }

    private static string Bases(INamedTypeSymbol type) =>
        " : " + string.Join(", ", type.Interfaces.Select(i => i.ToDisplayString(Format)).Order(StringComparer.Ordinal).Prepend(type.BaseType?.ToDisplayString(Format) ?? ""));
}
