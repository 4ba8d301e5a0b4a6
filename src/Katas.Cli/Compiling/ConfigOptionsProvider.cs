using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Cli.Compiling;

/// <summary>Gives analyzers and generators the options of each file, as the compiler does from the analyzer configs it was given.</summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _configs;

    public ConfigOptionsProvider(AnalyzerConfigSet configs)
    {
        _configs = configs;
        GlobalOptions = new ConfigOptions(configs.GlobalConfigOptions.AnalyzerOptions);
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);

        return string.IsNullOrEmpty(tree.FilePath) ? ConfigOptions.Empty : new ConfigOptions(_configs.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        ArgumentNullException.ThrowIfNull(textFile);

        return new ConfigOptions(_configs.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }
}
