using System.Runtime.ExceptionServices;

namespace Katas.Discovery;

/// <summary>Probes for contracts with several operations, which a learner writes one at a time.</summary>
public static class Probes
{
    /// <summary>
    /// A probe that counts an implementation as started as soon as any one of <paramref name="operations"/>
    /// stops throwing <see cref="NotImplementedException"/> (throwing something else counts as started too: the
    /// tests will say what is wrong). Only when every operation is a stub is the first stub's exception
    /// rethrown, stack intact, so that the skip message names the file to edit.
    /// </summary>
    /// <param name="operations">One call of each operation on a tiny valid input.</param>
    public static Action<T> AnyOf<T>(params Action<T>[] operations)
    {
        ArgumentNullException.ThrowIfNull(operations);

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

            if (stub is not null)
            {
                ExceptionDispatchInfo.Throw(stub);
            }
        };
    }
}
