using System.Text.Json;
using System.Threading.Channels;

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

        // Requests run one at a time, in order; a cancel is read (and acted on) while a probe runs.
        var requests = Channel.CreateUnbounded<string>();
        var reader = Task.Run(async () =>
        {
            while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (IsCancel(line))
                {
                    host.CancelProbe();
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    await requests.Writer.WriteAsync(line).ConfigureAwait(false);
                }
            }

            requests.Writer.Complete();
        });

        host.Emit(new HostEvent { Event = HostEvent.Ready });
        await foreach (var line in requests.Reader.ReadAllAsync().ConfigureAwait(false))
        {
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

        await reader.ConfigureAwait(false);
        return 0;
    }

    private static bool IsCancel(string line)
    {
        try
        {
            return HostJson.Read<HostRequest>(line).Command == HostRequest.Cancel;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
