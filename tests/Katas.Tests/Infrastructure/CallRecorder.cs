using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// Wraps an implementation of a kata contract in a class, generated once per contract, that implements
/// the same interface and tells <see cref="CallLog"/> what each call received and returned, then
/// forwards it. Written once for every kata: a new kata's failures show their real calls with no code.
/// </summary>
/// <remarks>
/// <para>
/// A generated method reads, in C#:
/// <code>
/// public int[] MaxSlidingWindow(ReadOnlySpan&lt;int&gt; nums, int k)
/// {
///     if (!CallLog.IsRecording) return _inner.MaxSlidingWindow(nums, k);
///     var call = CallLog.Begin(id, [nums.ToArray(), k]);
///     var result = _inner.MaxSlidingWindow(nums, k);
///     CallLog.End(call, result);
///     return result;
/// }
/// </code>
/// The input is copied before the call, so what is shown is what the call received, whatever it does
/// to it. Proxies (<see cref="DispatchProxy"/>) cannot do this: their arguments are boxed, and a span cannot be.
/// </para>
/// <para>
/// A contract with a member the generator cannot forward this way (a generic method, a by-reference
/// parameter or return, an event) is not wrapped: its failures show the generated case instead.
/// </para>
/// </remarks>
public static class CallRecorder
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("Katas.Tests.CallRecorders"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("Katas.Tests.CallRecorders");

    private static readonly ConcurrentDictionary<Type, Lazy<ConstructorInfo?>> Recorders = new();

    private static readonly MethodInfo IsRecording = typeof(CallLog).GetProperty(nameof(CallLog.IsRecording))!.GetMethod!;
    private static readonly MethodInfo Begin = typeof(CallLog).GetMethod(nameof(CallLog.Begin))!;
    private static readonly MethodInfo End = typeof(CallLog).GetMethod(nameof(CallLog.End))!;

    /// <summary>Gets <paramref name="inner"/> wrapped in the recorder of <typeparamref name="T"/>, or <paramref name="inner"/> itself when <typeparamref name="T"/> cannot be recorded.</summary>
    public static T Wrap<T>(T inner)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inner);

        var constructor = Recorders.GetOrAdd(typeof(T), t => new Lazy<ConstructorInfo?>(() => Generate(t))).Value;
        return constructor is null ? inner : (T)constructor.Invoke([inner]);
    }

    /// <summary>Gets whether <paramref name="contract"/>'s calls can be recorded.</summary>
    public static bool CanRecord(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);

        return contract.IsInterface && contract.IsPublic && Members(contract).All(m => m is MethodInfo method && IsSupported(method));
    }

    private static IEnumerable<MemberInfo> Members(Type contract) =>
        contract.GetInterfaces().Prepend(contract)
            .SelectMany(i => i.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m is not PropertyInfo)
            .Where(m => m is not MethodInfo { IsAbstract: false });

    private static bool IsSupported(MethodInfo method) =>
        !method.IsGenericMethodDefinition
        && !method.ReturnType.IsByRef && !method.ReturnType.IsByRefLike && !method.ReturnType.IsPointer
        && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer && (!p.ParameterType.IsByRefLike || ToArray(p.ParameterType) is not null));

    // ReadOnlySpan<T>.ToArray or Span<T>.ToArray: how a span argument is kept.
    private static MethodInfo? ToArray(Type span) =>
        span.IsGenericType && (span.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>) || span.GetGenericTypeDefinition() == typeof(Span<>))
            ? span.GetMethod(nameof(ReadOnlySpan<int>.ToArray), Type.EmptyTypes)
            : null;

    private static ConstructorInfo? Generate(Type contract)
    {
        if (!CanRecord(contract))
        {
            return null;
        }

        lock (Module)
        {
            var type = Module.DefineType(
                $"Recorded{contract.Name}_{Guid.NewGuid():N}",
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
                typeof(object),
                [contract]);
            var inner = type.DefineField("_inner", contract, FieldAttributes.Private | FieldAttributes.InitOnly);

            var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [contract]);
            var il = constructor.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, typeof(object).GetConstructor(Type.EmptyTypes)!);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stfld, inner);
            il.Emit(OpCodes.Ret);

            foreach (var method in Members(contract).Cast<MethodInfo>())
            {
                Forward(type, inner, method);
            }

            return type.CreateType().GetConstructor([contract]);
        }
    }

    private static void Forward(TypeBuilder type, FieldInfo inner, MethodInfo method)
    {
        var parameters = method.GetParameters();
        var builder = type.DefineMethod(
            $"{method.DeclaringType!.Name}.{method.Name}",
            MethodAttributes.Private | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
            method.ReturnType,
            parameters.Select(p => p.ParameterType).ToArray());
        type.DefineMethodOverride(builder, method);
        var id = CallLog.Register(method);
        var returns = method.ReturnType != typeof(void);

        var il = builder.GetILGenerator();
        var record = il.DefineLabel();
        il.Emit(OpCodes.Call, IsRecording);
        il.Emit(OpCodes.Brtrue, record);
        Call(il, inner, method, parameters.Length);
        il.Emit(OpCodes.Ret);

        il.MarkLabel(record);
        var arguments = il.DeclareLocal(typeof(object[]));
        var call = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Ldc_I4, parameters.Length);
        il.Emit(OpCodes.Newarr, typeof(object));
        il.Emit(OpCodes.Stloc, arguments);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameterType = parameters[i].ParameterType;
            il.Emit(OpCodes.Ldloc, arguments);
            il.Emit(OpCodes.Ldc_I4, i);
            if (ToArray(parameterType) is { } toArray)
            {
                il.Emit(OpCodes.Ldarga, (short)(i + 1));
                il.Emit(OpCodes.Call, toArray);
            }
            else
            {
                il.Emit(OpCodes.Ldarg, (short)(i + 1));
                if (parameterType.IsValueType)
                {
                    il.Emit(OpCodes.Box, parameterType);
                }
            }

            il.Emit(OpCodes.Stelem_Ref);
        }

        il.Emit(OpCodes.Ldc_I4, id);
        il.Emit(OpCodes.Ldloc, arguments);
        il.Emit(OpCodes.Call, Begin);
        il.Emit(OpCodes.Stloc, call);
        Call(il, inner, method, parameters.Length);
        if (returns)
        {
            var result = il.DeclareLocal(method.ReturnType);
            il.Emit(OpCodes.Stloc, result);
            il.Emit(OpCodes.Ldloc, call);
            il.Emit(OpCodes.Ldloc, result);
            if (method.ReturnType.IsValueType)
            {
                il.Emit(OpCodes.Box, method.ReturnType);
            }

            il.Emit(OpCodes.Call, End);
            il.Emit(OpCodes.Ldloc, result);
        }
        else
        {
            il.Emit(OpCodes.Ldloc, call);
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Call, End);
        }

        il.Emit(OpCodes.Ret);
    }

    // _inner.Method(arguments...): the call itself, leaving its result on the stack.
    private static void Call(ILGenerator il, FieldInfo inner, MethodInfo method, int count)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, inner);
        for (var i = 1; i <= count; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)i);
        }

        il.Emit(OpCodes.Callvirt, method);
    }
}
