using System.Collections;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Katas.Tests.Infrastructure;

/// <summary>
/// CI runs the kata tests again with instruction sets switched off (<c>.ci/run</c>), so that every
/// fallback path is tested on a machine that has them all. A switch the runtime does not know is
/// ignored without a word (.NET 10 has <c>DOTNET_EnableAVX512</c>, not <c>DOTNET_EnableAVX512F</c>),
/// and that run would test the same paths again: every <c>DOTNET_Enable…=0</c> in the environment
/// must be one this test knows and must have switched its instructions off.
/// </summary>
public sealed class HardwareKnobTests
{
    private static readonly Dictionary<string, Func<bool>> SwitchedOff = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DOTNET_EnableAVX512"] = () => !Vector512.IsHardwareAccelerated && !Avx512F.IsSupported,
        ["DOTNET_EnableAVX2"] = () => !Avx2.IsSupported && !Vector256.IsHardwareAccelerated,
        ["DOTNET_EnableHWIntrinsic"] = () => !Vector128.IsHardwareAccelerated && !Vector256.IsHardwareAccelerated,
    };

    [Fact]
    public void EverySwitchInTheEnvironmentTakesEffect()
    {
        var switches = Environment.GetEnvironmentVariables()
            .Cast<DictionaryEntry>()
            .Select(entry => ((string)entry.Key, entry.Value as string))
            .Where(entry => entry.Item1.StartsWith("DOTNET_Enable", StringComparison.OrdinalIgnoreCase) && entry.Item2 == "0")
            .Select(entry => entry.Item1)
            .ToList();

        foreach (var name in switches)
        {
            SwitchedOff.Should().ContainKey(name, "{0}=0 must be a switch the runtime knows", name);
            SwitchedOff[name]().Should().BeTrue("{0}=0 must switch its instructions off", name);
        }
    }
}
