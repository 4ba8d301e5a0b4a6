using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Katas.Cli.Testing;
using Katas.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Katas.Cli.Compiling;

/// <summary>
/// <c>watch</c>'s fast path: compiles the kata library in process with Roslyn, on each save, exactly
/// as the last build did: the compiler arguments MSBuild passed (<c>src/Katas/obj/…/katas.csc.rsp</c>,
/// recorded by <c>src/Katas/Katas.csproj</c>), so the same references, options, <c>.editorconfig</c>
/// severities, analyzers and source generators, with the current files of the watched katas' folders.
/// </summary>
/// <remarks>
/// <para>
/// The result is the ordinary build's: the same errors with file and line, or a library the tests
/// (built against the last build's reference assembly) run unchanged. When the library's public
/// surface differs from that reference assembly, MSBuild would compile the tests again, so
/// <see cref="FastCompilation.Fallback"/> sends the check to the ordinary build.
/// </para>
/// <para>
/// What it skips, and why that is safe: analyzers run on the watched katas' files only, since the other
/// files are unchanged since the last build, which passed them, and of those only on the files changed
/// since the last compile (the others keep their diagnostics, as an IDE's unedited documents do: a
/// semantic diagnostic of one file that a change to another would alter is left to the next ordinary
/// build); and it writes nothing MSBuild reads, so the next ordinary build sees the changed sources and builds.
/// </para>
/// </remarks>
internal sealed class FastCompiler
{
    /// <summary>The file the build records the compiler arguments in, under the library's intermediate folder.</summary>
    public const string RecipeName = "katas.csc.rsp";

    private const int WarmUpCompiles = 3;

    private readonly string _root;
    private readonly string _project;
    private readonly string _output;
    private readonly AnalyzerLoader _loader = new();
    // Parsed sources by path, with the bytes they were parsed from: a save can keep a file's length and,
    // within the file system clock's tick, its time, so only the content says whether it changed.
    private readonly Dictionary<string, (byte[] Content, SyntaxTree Tree)> _trees = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _busy = new(1, 1);
    private string? _recipe;
    private DateTime _recipeWritten;
    private Recipe? _loaded;
    private IReadOnlySet<string>? _builtSurface;
    private DateTime _builtSurfaceWritten;
    private CancellationTokenSource? _warming;
    private int _compiles;

    /// <summary>Creates a compiler for the repository at <paramref name="root"/>, writing libraries under <paramref name="output"/>.</summary>
    public FastCompiler(string root, string output)
    {
        _root = root;
        _project = Path.Combine(root, "src", "Katas");
        _output = output;
    }

    /// <summary>Compiles the library with the current files of <paramref name="katas"/>' folders.</summary>
    public async Task<FastCompilation> CompileAsync(IReadOnlyCollection<KataDefinition> katas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(katas);

        // A save wants the compiler now: a warm-up compile gives way (what it has warmed stays warm).
        Volatile.Read(ref _warming).CancelQuietly();
        await _busy.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CompileOnceAsync(katas, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _busy.Release();
        }
    }

    /// <summary>
    /// Compiles without using the result until the compiler <see cref="IsWarm"/> (saves' compiles count
    /// too), so that a save finds Roslyn, the analyzers and the references loaded and their code compiled
    /// by the JIT (one warm-up compile left the first save's compile at 4 s, against 1.3 s later). A
    /// save's compile interrupts it; <c>watch</c> starts it again after the check.
    /// </summary>
    public async Task WarmUpAsync(IReadOnlyCollection<KataDefinition> katas, CancellationToken cancellationToken)
    {
        // Set before the first await, so that a save's compile that follows the call interrupts it.
        using var warming = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Volatile.Write(ref _warming, warming);
        try
        {
            // The compile runs on the thread pool, not on the caller's thread.
            await Task.Yield();
            while (!IsWarm)
            {
                await _busy.WaitAsync(warming.Token).ConfigureAwait(false);
                try
                {
                    var compiled = await CompileOnceAsync(katas, warming.Token).ConfigureAwait(false);
                    await compiled.LateErrors.ConfigureAwait(false);
                }
                finally
                {
                    _busy.Release();
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A save came: its compile goes first, and this warm-up ends.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // A file being saved; the real compile will tell.
        }
        finally
        {
            Interlocked.CompareExchange(ref _warming, null, warming);
        }
    }

    /// <summary>Gets whether the compiler has compiled often enough (saves and warm-ups alike) to be warm.</summary>
    public bool IsWarm => Volatile.Read(ref _compiles) >= WarmUpCompiles;

    private async Task<FastCompilation> CompileOnceAsync(IReadOnlyCollection<KataDefinition> katas, CancellationToken cancellationToken)
    {
        var compiled = await CompileCoreAsync(katas, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _compiles);
        return compiled;
    }

    private async Task<FastCompilation> CompileCoreAsync(IReadOnlyCollection<KataDefinition> katas, CancellationToken cancellationToken)
    {
        Commands.Trace.Note("fast compile: start");
        if (Load() is not { } recipe)
        {
            return new FastCompilation([], null) { Fallback = "no compiler arguments recorded yet" };
        }

        Commands.Trace.Note("fast compile: recipe loaded");

        var folders = katas.Select(k => Path.GetFullPath(Path.Combine(_root, k.SourceDirectory)) + Path.DirectorySeparatorChar).ToArray();
        bool Watched(string path) => folders.Any(f => path.StartsWith(f, StringComparison.Ordinal));
        var current = folders.SelectMany(SourcesIn).ToHashSet(StringComparer.Ordinal);
        var files = recipe.Arguments.SourceFiles.Select(f => f.Path)
            .Where(p => !Watched(p) || current.Contains(p))
            .Concat(current.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var trees = files.Select(f => Parse(f, recipe.Arguments)).ToArray();
        Commands.Trace.Note("fast compile: parsed");
        var compilation = CSharpCompilation.Create(recipe.Arguments.CompilationName, trees, recipe.References, recipe.Options);
        recipe.Driver = recipe.Driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics, cancellationToken);
        Commands.Trace.Note("fast compile: generators ran");

        // As the compiler does: stop at the first stage with errors (a syntax error hides the type
        // errors it would cause), then compile the method bodies while the analyzers run.
        var parsed = generatorDiagnostics.Concat(generated.GetParseDiagnostics(cancellationToken)).ToArray();
        if (Errors(parsed) is { Length: > 0 } parseErrors)
        {
            return new FastCompilation(parseErrors, null);
        }

        if (Errors(generated.GetDeclarationDiagnostics(cancellationToken)) is { Length: > 0 } declarationErrors)
        {
            return new FastCompilation(declarationErrors, null);
        }

        var analysis = Task.Run(() => AnalyzeAsync(recipe, generated, trees.Where(t => Watched(t.FilePath)).ToArray(), cancellationToken), cancellationToken);
        using var library = new MemoryStream();
        using var symbols = new MemoryStream();
        using var documentation = new MemoryStream();
        var emit = await Task.Run(
            () => generated.Emit(library, symbols, documentation, options: recipe.Arguments.EmitOptions, cancellationToken: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        Commands.Trace.Note("fast compile: emitted");
        if (!emit.Success)
        {
            // The build reports the analyzers' errors beside the compiler's.
            return new FastCompilation(Errors(emit.Diagnostics.Concat(await analysis.ConfigureAwait(false))), null);
        }

        var surface = PublicSurface.Of(generated.Assembly);
        var built = BuiltSurface(recipe);
        if (built is null || !built.SetEquals(surface))
        {
            Commands.Trace.Note("fast compile: the public surface differs from the last build's: "
                + string.Join(" | ", (built ?? new HashSet<string>()).Except(surface).Select(l => "-" + l).Concat(surface.Except(built ?? new HashSet<string>()).Select(l => "+" + l)).Take(10)));
            return new FastCompilation([], null) { Fallback = "the library's public surface changed" };
        }

        Directory.CreateDirectory(_output);
        var path = Path.Combine(_output, "Katas.dll");
        await File.WriteAllBytesAsync(path, library.ToArray(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.ChangeExtension(path, ".pdb"), symbols.ToArray(), cancellationToken).ConfigureAwait(false);

        // The tests need not wait for the analyzers (most of a warm compile's time): the check waits for
        // both and reports the analyzers' errors, if any, instead of the tests' verdict.
        return new FastCompilation([], path) { LateErrors = LateErrorsAsync(analysis) };
    }

    /// <summary>Gets whether the build has recorded its compiler arguments (after its first compile with this project file).</summary>
    public bool IsAvailable => FindRecipe() is not null;

    private static IEnumerable<string> SourcesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !Progress.SourceFingerprint.IsBuildOutput(folder, f))
            : [];

    // The errors the build would stop at: errors and warnings made errors, not suppressed; not an
    // analyzer's own crash (AD0001), which says nothing about the learner's code.
    private static BuildError[] Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed && d.Id != "AD0001")
            .Select(ToBuildError)
            .Distinct()
            .ToArray();

    private static BuildError ToBuildError(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var message = diagnostic.GetMessage(CultureInfo.CurrentUICulture);
        return span.IsValid && !string.IsNullOrEmpty(span.Path)
            ? new BuildError(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id, message)
            : new BuildError(null, 0, 0, diagnostic.Id, message);
    }

    private static async Task<IReadOnlyList<BuildError>> LateErrorsAsync(Task<IEnumerable<Diagnostic>> analysis)
    {
        var errors = Errors(await analysis.ConfigureAwait(false));
        Commands.Trace.Note("fast compile: analyzed");
        return errors;
    }

    // The watched files' analyzer diagnostics (syntax and semantic), with the severities the build applies.
    private static async Task<IEnumerable<Diagnostic>> AnalyzeAsync(Recipe recipe, Compilation compilation, SyntaxTree[] trees, CancellationToken cancellationToken)
    {
        if (recipe.Analyzers.IsEmpty || trees.Length == 0)
        {
            return [];
        }

        var analyzed = compilation.WithAnalyzers(
            recipe.Analyzers,
            new CompilationWithAnalyzersOptions(recipe.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var found = new List<Diagnostic>();
        foreach (var tree in trees)
        {
            // A file unchanged since the last compile is the same tree (Parse keeps it) and keeps its
            // diagnostics, as an IDE keeps those of the documents not edited: a save changes one file, and
            // analysing the kata's other files again was most of the wait for the verdict.
            if (!recipe.Analyzed.TryGetValue(tree, out var diagnostics))
            {
                diagnostics =
                [
                    .. await analyzed.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false),
                    .. await analyzed.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, cancellationToken).ConfigureAwait(false),
                ];
                recipe.Analyzed[tree] = diagnostics;
            }

            found.AddRange(diagnostics);
        }

        // The trees of earlier versions of the files go.
        foreach (var old in recipe.Analyzed.Keys.Except(trees).ToArray())
        {
            recipe.Analyzed.TryRemove(old, out _);
        }

        return found;
    }

    // The public surface of the reference assembly the last build wrote (and compiled the tests against),
    // read again only when the build writes a new one.
    private IReadOnlySet<string>? BuiltSurface(Recipe recipe)
    {
        if (recipe.Arguments.OutputRefFilePath is not { } path || !File.Exists(path))
        {
            return null;
        }

        var written = File.GetLastWriteTimeUtc(path);
        if (_builtSurface is null || _builtSurfaceWritten != written)
        {
            var reference = MetadataReference.CreateFromImage(File.ReadAllBytes(path));
            var reader = CSharpCompilation.Create("katas-surface", references: recipe.References.Add(reference));
            _builtSurface = reader.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly ? PublicSurface.Of(assembly) : null;
            _builtSurfaceWritten = written;
        }

        return _builtSurface;
    }

    private SyntaxTree Parse(string path, CSharpCommandLineArguments arguments)
    {
        // Reading a source is cheap next to parsing it; comparing bytes is what makes the cache safe.
        var content = File.ReadAllBytes(path);
        if (_trees.TryGetValue(path, out var cached) && content.AsSpan().SequenceEqual(cached.Content))
        {
            return cached.Tree;
        }

        var text = SourceText.From(content, content.Length, Encoding.UTF8, arguments.ChecksumAlgorithm, throwIfBinaryDetected: false, canBeEmbedded: true);
        var tree = CSharpSyntaxTree.ParseText(text, arguments.ParseOptions, path);
        _trees[path] = (content, tree);
        return tree;
    }

    private string? FindRecipe()
    {
        var intermediate = Path.Combine(_project, "obj", "Debug");
        return Directory.Exists(intermediate)
            ? Directory.EnumerateFiles(intermediate, RecipeName, SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
    }

    // The recorded arguments, parsed, with what loading them costs (references, analyzers) kept until the build records new ones.
    private Recipe? Load()
    {
        var path = FindRecipe();
        if (path is null)
        {
            return null;
        }

        var written = File.GetLastWriteTimeUtc(path);
        if (_loaded is not null && path == _recipe && written == _recipeWritten)
        {
            return _loaded;
        }

        var arguments = CSharpCommandLineParser.Default.Parse(
            File.ReadAllLines(path).Where(l => l.Length > 0), _project, System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), null);
        if (arguments.Errors.Any(e => e.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties)).ToImmutableArray();
        var analyzerReferences = arguments.AnalyzerReferences.Select(r => new AnalyzerFileReference(Path.GetFullPath(r.FilePath, _project), _loader)).ToArray();
        var analyzers = analyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var generators = analyzerReferences.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToImmutableArray();
        var configs = AnalyzerConfigSet.Create(arguments.AnalyzerConfigPaths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToArray());
        var configOptions = new ConfigOptionsProvider(configs);
        var additional = arguments.AdditionalFiles.Select(f => (AdditionalText)new AdditionalFile(f.Path)).ToImmutableArray();

        _recipe = path;
        _recipeWritten = written;
        _trees.Clear();
        _loaded = new Recipe(
            arguments,
            references,
            arguments.CompilationOptions.WithSyntaxTreeOptionsProvider(new TreeOptionsProvider(configs)),
            analyzers,
            new AnalyzerOptions(additional, configOptions))
        {
            Driver = CSharpGeneratorDriver.Create(generators, additional, arguments.ParseOptions, configOptions),
        };
        return _loaded;
    }

    private sealed record Recipe(
        CSharpCommandLineArguments Arguments, ImmutableArray<MetadataReference> References, CSharpCompilationOptions Options, ImmutableArray<DiagnosticAnalyzer> Analyzers, AnalyzerOptions AnalyzerOptions)
    {
        // Kept between compiles, so generators work incrementally.
        public required GeneratorDriver Driver { get; set; }

        // The analyzers' diagnostics of each watched file, for as long as the file (its tree) is unchanged.
        public ConcurrentDictionary<SyntaxTree, ImmutableArray<Diagnostic>> Analyzed { get; } = new();
    }

    private sealed class AdditionalFile(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
