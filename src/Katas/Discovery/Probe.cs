using System.Runtime.ExceptionServices;

namespace Katas.Discovery;

/// <summary>Probes for contracts of several operations, which learners write one at a time.</summary>
public static class Probe
{
    /// <summary>
    /// A probe that counts an implementation as started as soon as any one of
    /// <paramref name="operations"/> (each a call on a tiny valid input) stops throwing
    /// <see cref="NotImplementedException"/>. From then on every test runs: started code is tested like
    /// any other, and the operations still missing fail, which is the to-do list. An operation that
    /// throws something else has been started too (its tests will say what is wrong). Only when every
    /// operation is a stub is the first stub's exception rethrown, stack intact, so that the skip
    /// message names the file to edit.
    /// </summary>
    /// <typeparam name="T">The contract.</typeparam>
    /// <param name="operations">One call of each operation.</param>
    public static Action<T> AnyOf<T>(params Action<T>[] operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentOutOfRangeException.ThrowIfZero(operations.Length);

        return implementation =>
        {
            NotImplementedException? stub = null;
            foreach (var operation in operations)
            {
                try
                {
                    operation(implementation);
                    return;
                }
                catch (NotImplementedException e)
                {
                    stub ??= e;
                }
                catch (Exception e) when (e is not NotImplementedException)
                {
                    return;
                }
            }

            ExceptionDispatchInfo.Throw(stub!);
        };
    }
}
