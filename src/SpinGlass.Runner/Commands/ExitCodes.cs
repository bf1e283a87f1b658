namespace SpinGlass.Runner.Commands;

/// <summary>Process exit codes (README.md, "The command line").</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RuntimeFailure = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15), finished points kept.</summary>
    public const int Terminated = 143;
}
