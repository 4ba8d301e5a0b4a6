using System.Reflection;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>Finds the peers (<see cref="PeerAttribute"/>) of a contract that can run on this machine.</summary>
public static class Peers
{
    /// <summary>The available peer classes implementing <typeparamref name="T"/>, by name.</summary>
    public static IReadOnlyList<Type> For<T>()
        where T : class =>
        typeof(Peers).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                && t.IsDefined(typeof(PeerAttribute))
                && typeof(T).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null
                && IsAvailable(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

    private static bool IsAvailable(Type peer) =>
        peer.GetProperty("IsAvailable", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not false;
}
