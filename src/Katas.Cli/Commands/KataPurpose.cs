namespace Katas.Cli.Commands;

/// <summary>What a command without a kata needs the current kata for: which one <see cref="CurrentKata"/> picks.</summary>
internal enum KataPurpose
{
    /// <summary>Working on it (<c>show</c>, <c>hint</c>, <c>check</c>, <c>watch</c>): the kata in progress, not one already done.</summary>
    Work,

    /// <summary>Looking at a result (<c>bench</c>, <c>solutions</c>): the kata just worked on, done or not.</summary>
    Results,
}
