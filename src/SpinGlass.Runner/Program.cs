using System.CommandLine;
using System.Runtime.InteropServices;
using SpinGlass.Runner.Commands;

namespace SpinGlass.Runner;

/// <summary>The <c>spinglass</c> command line (README.md, "The command line").</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        bool terminated = false;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            // what Slurm, containers and systemd send before killing: stop like Ctrl-C, keep the finished points
            context.Cancel = true;
            terminated = true;
            cancellation.Cancel();
        });
        int exit = Cli.Invoke(args, Console.Out, Console.Error, !Console.IsErrorRedirected, cancellation.Token);
        return exit == ExitCodes.Interrupted && terminated ? ExitCodes.Terminated : exit;
    }
}
