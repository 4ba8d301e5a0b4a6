using Katas.Benchmarks.Infrastructure;

namespace Katas.Benchmarks.SegmentationMetrics;

/// <summary>
/// Fixed-seed pairs of label maps (truth, prediction) of 2048×1024 frames, flattened row by row and
/// frame after frame into one span, as a batch of frames is passed.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="MapShape.Regions"/>: the truth is a Voronoi diagram of seeds on a jittered grid of
/// <see cref="Spacing"/> pixels (16 × 8 regions a frame, about 13 changes of region along a row), each
/// region one class, 4 % of them void (<see cref="Ignore"/>, as Cityscapes marks unlabelled areas). The
/// prediction is the same diagram with every seed moved by up to <see cref="Drift"/> pixels (so its
/// boundaries run a few pixels beside the truth's), 8 % of the regions given another class, and
/// <see cref="Blobs"/> small false blobs a frame.
/// </para>
/// <para>
/// <see cref="MapShape.RandomPixels"/>: each pixel independently: void with probability 4 %, otherwise a
/// uniform class; the prediction agrees with the truth with probability 3/4, otherwise a uniform class.
/// </para>
/// </remarks>
public static class LabelMaps
{
    /// <summary>The width of a frame (Cityscapes).</summary>
    public const int Width = 2048;

    /// <summary>The height of a frame.</summary>
    public const int Height = 1024;

    /// <summary>The pixels of a frame.</summary>
    public const int FramePixels = Width * Height;

    /// <summary>The label of void pixels, which are not counted.</summary>
    public const byte Ignore = 255;

    /// <summary>The spacing of the region seeds' grid, in pixels.</summary>
    public const int Spacing = 128;

    /// <summary>How far the prediction moves each seed, at most, in each coordinate.</summary>
    public const int Drift = 6;

    /// <summary>False blobs (squares of 6 to 30 pixels) the prediction adds to a frame.</summary>
    public const int Blobs = 40;

    /// <summary>Creates <paramref name="pixels"/> pixels (whole frames) of truth and prediction for <paramref name="classCount"/> classes.</summary>
    public static (byte[] Truth, byte[] Predicted) Create(MapShape shape, int pixels, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        if (pixels % FramePixels != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pixels), pixels, $"A batch is whole frames of {FramePixels} pixels.");
        }

        var truth = new byte[pixels];
        var predicted = new byte[pixels];
        for (var frame = 0; frame < pixels / FramePixels; frame++)
        {
            var random = new Random(InputData.Seed + frame);
            var truthFrame = truth.AsSpan(frame * FramePixels, FramePixels);
            var predictedFrame = predicted.AsSpan(frame * FramePixels, FramePixels);
            if (shape == MapShape.Regions)
            {
                Regions(random, classCount, truthFrame, predictedFrame);
            }
            else
            {
                RandomPixels(random, classCount, truthFrame, predictedFrame);
            }
        }

        return (truth, predicted);
    }

    /// <summary>The mean length of the runs of equal (true, predicted) pairs: how much a run-length count saves.</summary>
    public static double MeanRunLength(byte[] truth, byte[] predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);

        long runs = truth.Length == 0 ? 0 : 1;
        for (var i = 1; i < truth.Length; i++)
        {
            runs += truth[i] != truth[i - 1] || predicted[i] != predicted[i - 1] ? 1 : 0;
        }

        return runs == 0 ? 0 : truth.Length / (double)runs;
    }

    private static void Regions(Random random, int classCount, Span<byte> truth, Span<byte> predicted)
    {
        const int Columns = Width / Spacing, Rows = Height / Spacing;
        var seeds = new (int X, int Y, int MovedX, int MovedY, byte Truth, byte Predicted)[Columns * Rows];
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var x = (column * Spacing) + random.Next(Spacing);
                var y = (row * Spacing) + random.Next(Spacing);
                var label = (byte)random.Next(classCount);
                var predictedLabel = random.NextDouble() < 0.08 ? Other(random, label, classCount) : label;
                var truthLabel = random.NextDouble() < 0.04 ? Ignore : label;
                seeds[(row * Columns) + column] = (x, y, x + random.Next(-Drift, Drift + 1), y + random.Next(-Drift, Drift + 1), truthLabel, predictedLabel);
            }
        }

        for (var y = 0; y < Height; y++)
        {
            var cellRow = y / Spacing;
            for (var x = 0; x < Width; x++)
            {
                var cellColumn = x / Spacing;
                long bestTruth = long.MaxValue, bestPredicted = long.MaxValue;
                byte truthLabel = 0, predictedLabel = 0;

                // The nearest seed among the 3 × 3 cells around the pixel's own.
                for (var row = Math.Max(0, cellRow - 1); row <= Math.Min(Rows - 1, cellRow + 1); row++)
                {
                    for (var column = Math.Max(0, cellColumn - 1); column <= Math.Min(Columns - 1, cellColumn + 1); column++)
                    {
                        var seed = seeds[(row * Columns) + column];
                        var distance = Square(seed.X - x) + Square(seed.Y - y);
                        if (distance < bestTruth)
                        {
                            (bestTruth, truthLabel) = (distance, seed.Truth);
                        }

                        var moved = Square(seed.MovedX - x) + Square(seed.MovedY - y);
                        if (moved < bestPredicted)
                        {
                            (bestPredicted, predictedLabel) = (moved, seed.Predicted);
                        }
                    }
                }

                truth[(y * Width) + x] = truthLabel;
                predicted[(y * Width) + x] = predictedLabel;
            }
        }

        for (var blob = 0; blob < Blobs; blob++)
        {
            var size = random.Next(6, 31);
            var (left, top) = (random.Next(Width - size), random.Next(Height - size));
            var label = (byte)random.Next(classCount);
            for (var y = top; y < top + size; y++)
            {
                predicted.Slice((y * Width) + left, size).Fill(label);
            }
        }
    }

    private static void RandomPixels(Random random, int classCount, Span<byte> truth, Span<byte> predicted)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            var label = (byte)random.Next(classCount);
            truth[i] = random.NextDouble() < 0.04 ? Ignore : label;
            predicted[i] = random.Next(4) == 0 ? (byte)random.Next(classCount) : label;
        }
    }

    private static byte Other(Random random, byte label, int classCount) =>
        classCount == 1 ? label : (byte)((label + 1 + random.Next(classCount - 1)) % classCount);

    private static long Square(int value) => (long)value * value;
}
