#:project ../src/Katas/Katas.csproj

// CI only: every committed learner stub (Practice) must still be unsolved, so that a learner who
// clones the repository starts each kata from scratch. Run: dotnet run --file .ci/check-stubs.cs
using Katas.Discovery;

var failures = 0;
foreach (var kata in KataDefinition.All)
{
    foreach (var contract in kata.Contracts)
    {
        var practice = contract.Implementations.FirstOrDefault(i => i.Name == "Practice" && !i.IsReference);
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
}

return failures == 0 ? 0 : 1;
