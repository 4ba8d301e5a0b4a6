using Microsoft.CodeAnalysis;

namespace Katas.Cli.Compiling;

/// <summary>
/// The severity of each diagnostic in each file, from <c>.editorconfig</c> sections (style warnings
/// are suggestions in the kata folders, say) and global configs, as the compiler applies them.
/// </summary>
internal sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _configs;

    public TreeOptionsProvider(AnalyzerConfigSet configs) => _configs = configs;

    /// <inheritdoc/>
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);

        return _configs.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value)
            ? bool.TryParse(value, out var generated) ? (generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated) : GeneratedKind.Unknown
            : GeneratedKind.Unknown;
    }

    /// <inheritdoc/>
    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        ArgumentNullException.ThrowIfNull(tree);

        return _configs.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    /// <inheritdoc/>
    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
