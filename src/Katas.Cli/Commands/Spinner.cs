using Spectre.Console;

namespace Katas.Cli.Commands;

/// <summary>Shows a spinner with a status line while work runs, on a terminal; prints nothing elsewhere.</summary>
internal static class Spinner
{
    /// <summary>Runs <paramref name="work"/>, which may change the status line through the callback it is given.</summary>
    public static async Task RunAsync(CliContext context, string status, Func<Action<string>, Task> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);

        if (!context.IsInteractive)
        {
            await work(_ => { }).ConfigureAwait(false);
            return;
        }

        await context.Console.Status()
            .Spinner(Spectre.Console.Spinner.Known.Dots)
            .StartAsync(Markup.Escape(status), async ctx => await work(text => ctx.Status(Markup.Escape(text))).ConfigureAwait(false))
            .ConfigureAwait(false);
    }
}
