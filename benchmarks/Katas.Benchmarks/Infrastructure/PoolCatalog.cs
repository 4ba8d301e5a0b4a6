using System.Buffers;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Katas.Benchmarks.Infrastructure;

/// <summary>
/// Names the array pools that <see cref="PoolTracker"/> sees only by id (the pool's identity hash code):
/// <c>ArrayPool&lt;T&gt;.Shared</c> for the primitive types and for every type of the given assemblies, and
/// every pool those assemblies keep in a static field. A pool it cannot name counts pointer-sized
/// elements (right for any pool of references) and cannot be emptied.
/// </summary>
public sealed class PoolCatalog
{
    private static readonly Type[] Primitives =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(nint), typeof(nuint), typeof(char), typeof(bool), typeof(float), typeof(double), typeof(decimal), typeof(Half),
        typeof(Int128), typeof(UInt128), typeof(object), typeof(string),
    ];

    private readonly Dictionary<int, (Type Element, object Pool)> _pools = [];

    /// <summary>Catalogues the shared pools of the primitive types and of the types of <paramref name="assemblies"/>, and their static pools.</summary>
    public PoolCatalog(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);

        var types = assemblies.SelectMany(Types).Where(CanBeElement).Concat(Primitives).Distinct();
        foreach (var type in types)
        {
            Add(type, typeof(ArrayPool<>).MakeGenericType(type).GetProperty(nameof(ArrayPool<>.Shared))!.GetValue(null)!);
        }

        foreach (var field in assemblies.SelectMany(Types).SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)))
        {
            if (!field.FieldType.ContainsGenericParameters && ElementOf(field.FieldType) is { } element && field.GetValue(null) is { } pool)
            {
                Add(element, pool);
            }
        }
    }

    /// <summary>Gets the bytes of one element of the arrays of pool <paramref name="poolId"/>.</summary>
    public long ElementBytes(int poolId) =>
        _pools.TryGetValue(poolId, out var pool) ? SizeOf(pool.Element) : IntPtr.Size;

    /// <summary>
    /// Empties the part of pool <paramref name="poolId"/> that serves arrays of <paramref name="length"/>
    /// elements: rents such arrays, without returning them, until the pool has to allocate one.
    /// </summary>
    /// <returns>Whether the pool is known (an unknown pool cannot be emptied).</returns>
    public bool Empty(int poolId, int length)
    {
        if (!_pools.TryGetValue(poolId, out var pool))
        {
            return false;
        }

        typeof(PoolCatalog).GetMethod(nameof(EmptyPool), BindingFlags.Static | BindingFlags.NonPublic)!
            .MakeGenericMethod(pool.Element)
            .Invoke(null, [pool.Pool, length]);
        return true;
    }

    // A pool hands out what it holds without allocating; once it allocates, what it held is gone.
    // The rented arrays are dropped, not returned: the next full collection frees them.
    private static void EmptyPool<T>(ArrayPool<T> pool, int length)
    {
        const int MostBuffers = 1_024;
        var bytes = (long)length * SizeOf(typeof(T));
        var held = new T[]?[MostBuffers];
        for (var i = 0; i < MostBuffers; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            held[i] = pool.Rent(length);
            if (GC.GetAllocatedBytesForCurrentThread() - before >= bytes)
            {
                break;
            }
        }

        GC.KeepAlive(held);
    }

    private void Add(Type element, object pool) => _pools.TryAdd(RuntimeHelpers.GetHashCode(pool), (element, pool));

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static bool CanBeElement(Type type) =>
        !type.IsByRefLike && !type.ContainsGenericParameters && !type.IsPointer && type != typeof(void)
        && !(type.IsAbstract && type.IsSealed) // static classes
        && !type.IsGenericTypeDefinition;

    private static Type? ElementOf(Type fieldType)
    {
        for (var type = fieldType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ArrayPool<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static long SizeOf(Type type) => type.IsValueType
        ? (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!
        : IntPtr.Size;
}
