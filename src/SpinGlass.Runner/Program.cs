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
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        return Cli.Invoke(args, Console.Out, Console.Error, !Console.IsErrorRedirected, cancellation.Token);
    }
}
