#:project ../src/Katas.Cli/Katas.Cli.csproj

// CI only: every committed learner stub (Practice) must still be unsolved, so that a learner who
// clones the repository starts each kata from scratch, and must be byte for byte the stub that
// `katas reset` writes (generated from the kata's contracts), so that a reset stub and a committed
// stub are identical. Run: dotnet run --file .ci/check-stubs.cs
using Katas.Cli.Stubs;
using Katas.Discovery;

var root = Repository.FindRoot() ?? throw new InvalidOperationException("Run from inside the repository.");
var failures = 0;
foreach (var kata in KataDefinition.All)
{
    foreach (var contract in kata.Contracts)
    {
        var practice = contract.Implementations.FirstOrDefault(i => i.Name == StubGenerator.ClassName && !i.IsReference);
        if (practice is null)
        {
            Console.WriteLine($"FAIL {kata.Name}: no Practice class implements {contract.Interface.Name}.");
            failures++;
        }
        else if (practice.Probe() is null)
        {
            Console.WriteLine($"FAIL {kata.Name}: Practice implements {contract.Interface.Name}; the committed stub must throw NotImplementedException.");
            failures++;
        }
        else
        {
            Console.WriteLine($"ok   {kata.Name}: Practice ({contract.Interface.Name}) is an unsolved stub.");
        }
    }

    StubFile stub;
    try
    {
        stub = StubGenerator.For(kata);
    }
    catch (NotSupportedException e)
    {
        Console.WriteLine($"FAIL {kata.Name}: katas reset cannot generate its stub: {e.Message}");
        failures++;
        continue;
    }

    var path = Path.Combine(root, stub.RelativePath);
    var committed = File.Exists(path) ? File.ReadAllBytes(path) : null;
    if (committed is not null && committed.AsSpan().SequenceEqual(stub.Bytes))
    {
        Console.WriteLine($"ok   {kata.Name}: {stub.RelativePath} is byte for byte the stub katas reset writes.");
        continue;
    }

    failures++;
    Console.WriteLine($"FAIL {kata.Name}: {stub.RelativePath} differs from the stub katas reset writes{FirstDifference(committed, stub.Content)}.");
    Console.WriteLine($"     Write it with: dotnet run --project src/Katas.Cli -- reset {kata.Name} --yes   (then commit it)");
}

return failures == 0 ? 0 : 1;

static string FirstDifference(byte[]? committed, string expected)
{
    if (committed is null)
    {
        return " (the file is missing)";
    }

    var actualLines = System.Text.Encoding.UTF8.GetString(committed).Split('\n');
    var expectedLines = expected.Split('\n');
    for (var i = 0; i < Math.Max(actualLines.Length, expectedLines.Length); i++)
    {
        var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
        var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
        if (a != e)
        {
            return $": line {i + 1} is\n       {a.TrimEnd('\r')}{(a.EndsWith('\r') ? "  (CRLF)" : "")}\n     and should be\n       {e}";
        }
    }

    return " (a byte order mark or line endings)";
}
