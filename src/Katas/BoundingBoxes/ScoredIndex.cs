namespace Katas.BoundingBoxes;

/// <summary>A box selected by Soft-NMS: its index in the input and its score when it was selected.</summary>
/// <param name="Index">The index of the box in the input.</param>
/// <param name="Score">The box's decayed score at the moment it was selected.</param>
public readonly record struct ScoredIndex(int Index, float Score);
