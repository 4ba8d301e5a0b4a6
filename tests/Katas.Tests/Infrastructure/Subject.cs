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
    /// The implementation comes wrapped in its contract's <see cref="CallRecorder"/>, so that a property
    /// failure shows the calls it received and what they returned.
    /// Call it before the first assertion or property: FsCheck and <c>Should().Throw</c> wrap the stub's
    /// exception, so a stub must be recognised before they run.
    /// </remarks>
    public static T Create<T>(string implementation)
        where T : class
    {
        var contract = KataDefinition.ContractFor<T>();
        if (StraightforwardImplementations.Create<T>(implementation) is { } standIn)
        {
            // Only a new kata's skeleton has a stand-in still to write (katas new).
            if (contract.Probe(standIn) is { } unwritten)
            {
                Assert.Skip($"{implementation} is not written yet: {unwritten.Message}");
            }

            return CallRecorder.Wrap(standIn);
        }

        var found = contract.Find(implementation);
        if (found.Probe() is { } stub)
        {
            Assert.Skip(found.DescribeNotStarted(stub));
        }

        return CallRecorder.Wrap((T)found.Create());
    }
}
