namespace Katas.Cli.Progress;

/// <summary>What <c>katas</c> remembers about one kata.</summary>
internal sealed class KataProgress
{
    /// <summary>Gets or sets how many hints the learner has seen.</summary>
    public int HintsShown { get; set; }

    /// <summary>Gets or sets the last check, or <see langword="null"/>.</summary>
    public CheckRecord? LastCheck { get; set; }

    /// <summary>
    /// Gets or sets how long the learner's tests of the kata took the last time they ran to the end
    /// (alone or with other katas'), from which <c>check</c> sets its default time limit.
    /// </summary>
    public TimeSpan? TestDuration { get; set; }
    /// <summary>Gets or sets when the learner last named this kata in a command (see <see cref="Commands.CurrentKata"/>), or <see langword="null"/>.</summary>
    public DateTimeOffset? LastUsed { get; set; }
}
