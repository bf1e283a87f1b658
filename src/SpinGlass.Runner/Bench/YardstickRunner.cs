using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SpinGlass.Runner.Bench;

/// <summary>Runs a C yardstick program as a child process and reads the <c>median=</c> figure it prints.</summary>
internal static partial class YardstickRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static YardstickResult Run(string directory, YardstickProgram program, CancellationToken cancellation)
    {
        string path = Path.Combine(directory, program.Binary);
        if (!File.Exists(path))
        {
            return new(program, null, $"{path} not found");
        }

        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        info.ArgumentList.Add(program.Variant);
        foreach (string argument in program.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {path}");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
            var stderr = process.StandardError.ReadToEndAsync(cancellation);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new(program, null, $"timed out after {Timeout.TotalSeconds:F0} s");
            }

            string output = stdout.Result;
            if (process.ExitCode != 0)
            {
                return new(program, null, $"exit code {process.ExitCode}: {stderr.Result.Trim()}");
            }

            var match = MedianPattern().Match(output);
            return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double median)
                ? new(program, median, null)
                : new(program, null, $"no 'median=' in its output: {output.Trim()}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return new(program, null, e.Message);
        }
    }

    [GeneratedRegex(@"median=([0-9.eE+\-]+)")]
    private static partial Regex MedianPattern();
}
