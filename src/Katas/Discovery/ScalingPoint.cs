namespace Katas.Discovery;

/// <summary>One size of a scaling probe: the learner's best time and the rival's.</summary>
/// <param name="Size">The position on the probe's axis (k, n, the answer's length).</param>
/// <param name="Seconds">The learner's best time of one call (processor time, see <see cref="ScalingResult"/>).</param>
/// <param name="RivalSeconds">The rival reference's best time of one call on the same input.</param>
public sealed record ScalingPoint(double Size, double Seconds, double RivalSeconds);
