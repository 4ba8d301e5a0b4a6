using Xunit.Sdk;

namespace Katas.Tests.CombinationSum;

/// <summary>
/// An expected answer in the example tests: a list of combinations, written as a collection expression
/// (<c>[[2, 2, 3], [7]]</c>). xUnit cannot serialize an <c>int[][]</c>, and a theory it cannot serialize
/// is not split into rows, so its rows lose their traits and a learner's check (which picks its rows by
/// trait) would skip them; this type serializes itself.
/// </summary>
public sealed class Combinations : List<int[]>, IXunitSerializable
{
    /// <inheritdoc/>
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);

        AddRange(info.GetValue<string>("rows")!.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(row => row == "-" ? [] : row.Split(',').Select(int.Parse).ToArray()));
    }

    /// <inheritdoc/>
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);

        info.AddValue("rows", string.Join('|', this.Select(row => row.Length == 0 ? "-" : string.Join(',', row))));
    }
}
