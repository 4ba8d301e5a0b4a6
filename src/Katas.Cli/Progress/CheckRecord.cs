namespace Katas.Cli.Progress;

/// <summary>The outcome of the last check of one kata, and the sources it saw.</summary>
/// <param name="Fingerprint">The kata's <see cref="SourceFingerprint"/> when the check started.</param>
/// <param name="Status">Passing, failing or not started.</param>
/// <param name="Passed">Learner tests that passed.</param>
/// <param name="Failed">Learner tests that failed.</param>
/// <param name="Skipped">Learner tests skipped (implementations not started).</param>
/// <param name="At">When the check ran.</param>
internal sealed record CheckRecord(string Fingerprint, KataStatus Status, int Passed, int Failed, int Skipped, DateTimeOffset At);
