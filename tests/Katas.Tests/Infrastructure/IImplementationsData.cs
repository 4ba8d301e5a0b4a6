using System.Reflection;

namespace Katas.Tests.Infrastructure;

/// <summary>What every <c>[Implementations&lt;T&gt;]</c> says about the rows it makes, whatever its <c>T</c>.</summary>
internal interface IImplementationsData
{
    /// <summary>Gets the contract whose implementations the test runs.</summary>
    Type Contract { get; }

    /// <summary>Gets whether only the reference solutions run the test.</summary>
    bool ReferencesOnly { get; }

    /// <summary>Gets the number of rows each implementation gets on <paramref name="testMethod"/>: its cases, or 1.</summary>
    int CaseCount(MethodInfo testMethod);
}
