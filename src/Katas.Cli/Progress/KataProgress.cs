namespace Katas.Cli.Progress;

/// <summary>What <c>katas</c> remembers about one kata.</summary>
internal sealed class KataProgress
{
    /// <summary>Gets or sets how many hints the learner has seen.</summary>
    public int HintsShown { get; set; }

    /// <summary>Gets or sets the last check, or <see langword="null"/>.</summary>
    public CheckRecord? LastCheck { get; set; }

    /// <summary>Gets or sets when the learner last named this kata in a command (see <see cref="Commands.CurrentKata"/>), or <see langword="null"/>.</summary>
    public DateTimeOffset? LastUsed { get; set; }
}
