namespace Katas.Cli.Testing;

/// <summary>How far a check has got, for the status line.</summary>
/// <param name="Stage">What it is doing.</param>
/// <param name="Elapsed">How long the tests have run (in <see cref="RunStage.Test"/>).</param>
/// <param name="Limit">When they will be stopped (in <see cref="RunStage.Test"/>).</param>
internal sealed record RunProgress(RunStage Stage, TimeSpan Elapsed = default, TimeSpan? Limit = null);
