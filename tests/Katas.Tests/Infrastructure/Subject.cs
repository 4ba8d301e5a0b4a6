using Katas.Discovery;

namespace Katas.Tests.Infrastructure;

/// <summary>Creates the implementation under test, and skips the test when it is an unstarted stub.</summary>
public static class Subject
{
    /// <summary>
    /// Creates the implementation named <paramref name="implementation"/> (a straightforward stand-in of
    /// the tests, or one the kata's discovery finds) after running its kata's probe.
    /// A stub (the probe throws <see cref="NotImplementedException"/>) skips the calling test with a
    /// message that names the file to edit; anything else is returned and tested like any other code.
    /// </summary>
    /// <remarks>
    /// Call it before the first assertion or property: FsCheck and <c>Should().Throw</c> wrap the stub's
    /// exception, so a stub must be recognised before they run.
    /// </remarks>
    public static T Create<T>(string implementation)
        where T : class
    {
        if (StraightforwardImplementations.Create<T>(implementation) is { } standIn)
        {
            return standIn;
        }

        var found = KataDefinition.ContractFor<T>().Find(implementation);
        if (found.Probe() is { } stub)
        {
            Assert.Skip(found.DescribeNotStarted(stub));
        }

        return (T)found.Create();
    }
}
