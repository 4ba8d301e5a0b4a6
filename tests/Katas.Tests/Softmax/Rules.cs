using Katas.Softmax;

namespace Katas.Tests.Softmax;

/// <summary>The contract's rules for inputs with special values, shared by every implementation's tests and the width tests.</summary>
internal static class Rules
{
    /// <summary>NaN if any NaN; else +∞ if any +∞; else −∞ if only −∞; else within the bound.</summary>
    public static void LogSumExp(ISoftmax sut, SpecialCase c)
    {
        var actual = sut.LogSumExp(c.X);
        if (c.HasNaN)
        {
            actual.Should().Be(double.NaN);
        }
        else if (c.Infinities > 0)
        {
            actual.Should().Be(double.PositiveInfinity);
        }
        else if (c.OnlyNegativeInfinity)
        {
            actual.Should().Be(double.NegativeInfinity);
        }
        else
        {
            Laws.LogSumExpIsWithinTheBound(c.X, actual);
        }
    }

    /// <summary>All NaN if any NaN; else 1/k at the k infinities; else an exception if only −∞; else within the bound.</summary>
    public static void Softmax(ISoftmax sut, SpecialCase c, bool inPlace)
    {
        var x = (double[])c.X.Clone();
        var destination = inPlace ? x : new double[x.Length];
        if (c.OnlyNegativeInfinity)
        {
            var act = () => sut.Softmax(x, destination);
            act.Should().Throw<ArgumentException>().WithParameterName("x");
            x.Should().Equal(c.X, "nothing is written when there is no distribution");
            return;
        }

        sut.Softmax(x, destination);
        if (c.HasNaN)
        {
            destination.Should().OnlyContain(v => double.IsNaN(v));
        }
        else if (c.Infinities > 0)
        {
            var share = 1.0 / c.Infinities;
            for (var i = 0; i < x.Length; i++)
            {
                destination[i].Should().Be(double.IsPositiveInfinity(c.X[i]) ? share : 0, "entry {0}", i);
            }
        }
        else
        {
            var exact = Oracle.Softmax(c.X);
            for (var i = 0; i < x.Length; i++)
            {
                destination[i].Should().BeApproximately(exact[i].High, Tolerance.Softmax(exact[i].High), "entry {0}", i);
            }
        }

        if (!inPlace)
        {
            x.Should().Equal(c.X, "x is not the destination, so it is not modified");
        }
    }
}
