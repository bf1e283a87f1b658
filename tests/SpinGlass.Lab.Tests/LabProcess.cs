using System.Diagnostics;

namespace SpinGlass.Lab.Tests;

/// <summary>The real <c>spinglass lab</c> command (the Runner assembly next to the tests) on a free port.</summary>
internal sealed class LabProcess : IDisposable
{
    private readonly Process _process;

    private LabProcess(Process process, string url, string banner)
    {
        _process = process;
        Url = url;
        Banner = banner;
    }

    /// <summary>The URL the command printed on stdout.</summary>
    public string Url { get; }

    /// <summary>The start-up line on stderr.</summary>
    public string Banner { get; }

    public static async Task<LabProcess> Start(params string[] args)
    {
        var process = Process.Start(Info(["lab", "--port", "0", .. args])) ?? throw new InvalidOperationException("could not start spinglass lab");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            string url = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"spinglass lab printed no URL: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            string banner = await process.StandardError.ReadLineAsync(timeout.Token) ?? "";
            return new LabProcess(process, url, banner);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Runs <c>spinglass lab ARGS</c> expecting it to refuse: the exit code and stderr.</summary>
    public static (int Exit, string Stderr) RunToExit(params string[] args)
    {
        using var process = Process.Start(Info(["lab", .. args])) ?? throw new InvalidOperationException("could not start spinglass lab");
        string stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("spinglass lab did not exit on a bad option");
        }

        return (process.ExitCode, stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // SIGTERM, as Ctrl-C or a service manager would stop it
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(20_000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spinglass.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
