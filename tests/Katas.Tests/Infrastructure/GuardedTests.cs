namespace Katas.Tests.Infrastructure;

/// <summary>
/// What the guard-page tests rely on: the values are a copy, they end (or start) exactly at a page
/// boundary, and the page beyond is mapped without access (read from <c>/proc/self/maps</c> on Linux).
/// </summary>
public sealed class GuardedTests
{
    public static TheoryData<int, bool> Shapes { get; } = new()
    {
        { 0, false },
        { 1, false },
        { 1, true },
        { 1_023, false },
        { 1_024, false },
        { 1_025, true },
        { 100_000, false },
        { 100_000, true },
    };

    [Theory, MemberData(nameof(Shapes))]
    public void HoldsACopyAgainstAPageWithoutAccess(int length, bool guardBefore)
    {
        var values = Enumerable.Range(0, length).Select(i => (i * 7919) - 3).ToArray();

        using var guarded = new Guarded<int>(values, guardBefore);

        guarded.Span.ToArray().Should().Equal(values);
        guarded.Span[..Math.Min(1, length)].Fill(-1);
        values.Should().Equal(Enumerable.Range(0, length).Select(i => (i * 7919) - 3), "the guarded values are a copy");
        if (!Guarded<int>.IsGuarded)
        {
            return;
        }

        var page = (nuint)Environment.SystemPageSize;
        var start = guarded.Address;
        var end = start + ((nuint)length * sizeof(int));
        (guardBefore ? start % page : end % page).Should().Be(0, "the values {0} a page boundary", guardBefore ? "start at" : "end at");
        if (OperatingSystem.IsLinux())
        {
            var guardPage = guardBefore ? start - page : end;
            Permissions(guardPage).Should().StartWith("---", "the page {0} the values can be neither read nor written", guardBefore ? "before" : "after");
        }
    }

    // The permissions of the mapping that holds the address, as /proc/self/maps lists them ("rw-p", "---p").
    private static string Permissions(nuint address)
    {
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            var fields = line.Split(' ', 3);
            var range = fields[0].Split('-');
            var (from, to) = (Convert.ToUInt64(range[0], 16), Convert.ToUInt64(range[1], 16));
            if (address >= from && address < to)
            {
                return fields[1];
            }
        }

        return "unmapped";
    }
}
