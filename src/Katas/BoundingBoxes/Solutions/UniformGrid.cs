namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// A uniform grid of cells over a set of boxes, each cell a linked list of the payloads (box numbers) added
/// to it: two boxes with a positive intersection always share a cell.
/// </summary>
/// <remarks>
/// The cells are about the mean box size, with about as many cells as boxes at most. A cell's column is
/// floor((x − minX)·scale) clamped to the grid: a monotone map, so overlapping intervals get overlapping
/// ranges of cells whatever the coordinates (rounding is monotone too). A box covering more than
/// <see cref="MaxCells"/> cells is "large": it is kept in <see cref="Large"/> rather than in its cells, and
/// a query for a large box should scan everything instead of its cells.
/// </remarks>
internal sealed class UniformGrid
{
    /// <summary>A box covering more cells than this is large.</summary>
    public const int MaxCells = 64;

    private readonly double _minX;
    private readonly double _minY;
    private readonly double _scaleX;
    private readonly double _scaleY;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _heads;
    private Entry[] _entries;
    private int _count;

    private UniformGrid(double minX, double minY, double scaleX, double scaleY, int columns, int rows, int capacity)
    {
        (_minX, _minY, _scaleX, _scaleY, _columns, _rows) = (minX, minY, scaleX, scaleY, columns, rows);
        _heads = new int[columns * rows];
        Array.Fill(_heads, -1);
        _entries = GC.AllocateUninitializedArray<Entry>(capacity);
    }

    /// <summary>Gets the payloads of the large boxes added.</summary>
    public List<int> Large { get; } = [];

    /// <summary>A grid over the extent of the boxes <paramref name="group"/> names.</summary>
    public static UniformGrid Over(ReadOnlySpan<Box> boxes, ReadOnlySpan<int> group)
    {
        var extent = Extent.Empty;
        foreach (var index in group)
        {
            extent.Include(boxes[index]);
        }

        return extent.Grid(group.Length);
    }

    /// <summary>A grid over the extent of <paramref name="boxes"/>.</summary>
    public static UniformGrid Over(ReadOnlySpan<Box> boxes)
    {
        var extent = Extent.Empty;
        foreach (var box in boxes)
        {
            extent.Include(box);
        }

        return extent.Grid(boxes.Length);
    }

    /// <summary>The cells <paramref name="box"/> covers.</summary>
    public CellRange CellsOf(Box box) => new(
        Cell(box.X1, _minX, _scaleX, _columns), Cell(box.Y1, _minY, _scaleY, _rows),
        Cell(box.X2, _minX, _scaleX, _columns), Cell(box.Y2, _minY, _scaleY, _rows));

    /// <summary>Adds <paramref name="payload"/> to every cell of <paramref name="cells"/>, or to <see cref="Large"/>.</summary>
    public void Add(int payload, CellRange cells)
    {
        if (cells.IsLarge)
        {
            Large.Add(payload);
            return;
        }

        for (var y = cells.Y0; y <= cells.Y1; y++)
        {
            for (var x = cells.X0; x <= cells.X1; x++)
            {
                if (_count == _entries.Length)
                {
                    Array.Resize(ref _entries, _entries.Length * 2);
                }

                var cell = (y * _columns) + x;
                _entries[_count] = new Entry(payload, _heads[cell]);
                _heads[cell] = _count++;
            }
        }
    }

    /// <summary>The first entry of a cell, or −1.</summary>
    public int First(int x, int y) => _heads[(y * _columns) + x];

    /// <summary>The entry after <paramref name="entry"/> in its cell, or −1.</summary>
    public int Next(int entry) => _entries[entry].Next;

    /// <summary>The payload of an entry.</summary>
    public int Payload(int entry) => _entries[entry].Payload;

    // Cells along one axis: the span over the mean size, at least 1, at most limit (and 4 096).
    private static int Cells(double span, double meanSize, int limit)
    {
        var cells = meanSize > 0 ? span / meanSize : limit;
        return (int)Math.Clamp(Math.Floor(cells), 1, Math.Min(limit, 4096));
    }

    private static int Cell(float coordinate, double min, double scale, int cells) =>
        (int)Math.Clamp(Math.Floor((coordinate - min) * scale), 0, cells - 1);

    /// <summary>An entry of a cell's list: its payload and the next entry, side by side so a visit reads one cache line.</summary>
    private readonly record struct Entry(int Payload, int Next);

    /// <summary>The bounding box of a set of boxes and the sums of their widths and heights.</summary>
    private struct Extent
    {
        private double _minX, _minY, _maxX, _maxY, _widths, _heights;

        public static Extent Empty => new() { _minX = double.MaxValue, _minY = double.MaxValue, _maxX = double.MinValue, _maxY = double.MinValue };

        public void Include(Box box)
        {
            (_minX, _minY) = (Math.Min(_minX, box.X1), Math.Min(_minY, box.Y1));
            (_maxX, _maxY) = (Math.Max(_maxX, box.X2), Math.Max(_maxY, box.Y2));
            _widths += (double)box.X2 - box.X1;
            _heights += (double)box.Y2 - box.Y1;
        }

        // Cells about the mean box size, about as many cells as boxes at most.
        public readonly UniformGrid Grid(int count)
        {
            var n = Math.Max(count, 1);
            var (spanX, spanY) = (_maxX - _minX, _maxY - _minY);
            var columns = Cells(spanX, _widths / n, n);
            var rows = Cells(spanY, _heights / n, Math.Max(n / columns, 1));
            return new UniformGrid(
                _minX, _minY, spanX > 0 ? columns / spanX : 0, spanY > 0 ? rows / spanY : 0, columns, rows, Math.Max(64, count / 4));
        }
    }
}
