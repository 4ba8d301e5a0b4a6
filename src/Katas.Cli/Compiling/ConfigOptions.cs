using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Cli.Compiling;

/// <summary>Analyzer options from <c>.editorconfig</c> and global configs, as a dictionary.</summary>
internal sealed class ConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _options;

    public ConfigOptions(ImmutableDictionary<string, string> options) => _options = options;

    /// <summary>Gets the options of nothing.</summary>
    public static ConfigOptions Empty { get; } = new(ImmutableDictionary.Create<string, string>(KeyComparer));

    /// <inheritdoc/>
    public override IEnumerable<string> Keys => _options.Keys;

    /// <inheritdoc/>
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
}
