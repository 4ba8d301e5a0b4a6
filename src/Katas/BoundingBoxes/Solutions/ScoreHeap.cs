namespace Katas.BoundingBoxes.Solutions;

/// <summary>
/// An indexed binary max-heap of box numbers by current score (equal scores: the lower number first), whose
/// scores live in a shared array and may change: <see cref="Update"/> moves a box up or down.
/// </summary>
internal sealed class ScoreHeap
{
    private readonly double[] _scores;
    private readonly int[] _heap;
    private readonly int[] _position;

    /// <summary>Builds the heap of <paramref name="items"/> over <paramref name="scores"/> in O(n).</summary>
    public ScoreHeap(double[] scores, List<int> items)
    {
        _scores = scores;
        _heap = items.ToArray();
        _position = new int[scores.Length];
        Array.Fill(_position, -1);
        Count = _heap.Length;
        for (var k = 0; k < Count; k++)
        {
            _position[_heap[k]] = k;
        }

        for (var k = (Count / 2) - 1; k >= 0; k--)
        {
            Down(k);
        }
    }

    /// <summary>Gets the number of boxes in the heap.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the box is in the heap.</summary>
    public bool Contains(int item) => _position[item] >= 0;

    /// <summary>The boxes in the heap, in heap order (a snapshot).</summary>
    public int[] Items() => _heap[..Count];

    /// <summary>Removes and returns the box with the highest score (the lowest number among equals).</summary>
    public int Pop()
    {
        var top = _heap[0];
        Remove(top);
        return top;
    }

    /// <summary>Removes a box.</summary>
    public void Remove(int item)
    {
        var k = _position[item];
        _position[item] = -1;
        var last = _heap[--Count];
        if (k == Count)
        {
            return;
        }

        Place(last, k);
        Update(last);
    }

    /// <summary>Restores the heap order after the score of <paramref name="item"/> changed.</summary>
    public void Update(int item)
    {
        var k = _position[item];
        if (k > 0 && Before(item, _heap[(k - 1) / 2]))
        {
            Up(k);
        }
        else
        {
            Down(k);
        }
    }

    private bool Before(int a, int b) => _scores[a] > _scores[b] || (_scores[a] == _scores[b] && a < b);

    private void Place(int item, int k)
    {
        _heap[k] = item;
        _position[item] = k;
    }

    private void Up(int k)
    {
        var item = _heap[k];
        while (k > 0 && Before(item, _heap[(k - 1) / 2]))
        {
            Place(_heap[(k - 1) / 2], k);
            k = (k - 1) / 2;
        }

        Place(item, k);
    }

    private void Down(int k)
    {
        var item = _heap[k];
        while (true)
        {
            var child = (2 * k) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], item))
            {
                break;
            }

            Place(_heap[child], k);
            k = child;
        }

        Place(item, k);
    }
}
