using System.Text.Json;

namespace Katas.TestHost;

/// <summary>
/// <c>dotnet Katas.TestHost.dll --scratch &lt;folder&gt;</c>: reads <see cref="HostRequest"/> lines on
/// standard input and answers with <see cref="HostEvent"/> lines on standard output until the input ends.
/// <c>katas check</c> starts one for a check; <c>katas watch</c> keeps one for the whole session.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var scratch = args.Length == 2 && args[0] == "--scratch" ? args[1] : null;
        if (scratch is null)
        {
            await Console.Error.WriteLineAsync("usage: Katas.TestHost --scratch <folder>; then one JSON request per line on standard input.").ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(scratch);
        using var host = new Host(scratch, Console.Out);
        host.Emit(new HostEvent { Event = HostEvent.Ready });
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            HostEvent result;
            try
            {
                var request = HostJson.Read<HostRequest>(line);
                result = request.Command switch
                {
                    HostRequest.Test => await host.TestAsync(request).ConfigureAwait(false),
                    HostRequest.Probe => host.Probe(request),
                    _ => new HostEvent { Event = HostEvent.Failed, Payload = $"Unknown command '{request.Command}'." },
                };
            }
            catch (JsonException e)
            {
                result = new HostEvent { Event = HostEvent.Failed, Payload = $"Not a request: {e.Message}" };
            }

            host.Emit(result);
            if (result.Event == HostEvent.Restart)
            {
                return 0;
            }
        }

        return 0;
    }
}
