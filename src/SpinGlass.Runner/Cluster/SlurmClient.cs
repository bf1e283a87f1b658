using System.Diagnostics;
using System.Globalization;

namespace SpinGlass.Runner.Cluster;

/// <summary>
/// The Slurm commands SpinGlass calls (sbatch, squeue, scontrol, scancel), run as processes with their output captured.
/// No accounting database is assumed: a job's state comes from squeue while it is queued and from scontrol for the
/// minutes after it ended (docs/cluster.md).
/// </summary>
internal static class SlurmClient
{
    /// <summary>States in which a job will not change any more.</summary>
    private static readonly HashSet<string> Terminal = new(StringComparer.Ordinal)
    {
        "COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "REVOKED", "SPECIAL_EXIT",
    };

    /// <summary>A job's state, the reason Slurm gives and its exit code (<c>a:b</c>).</summary>
    public sealed record JobInfo(string State, string Reason, string ExitCode)
    {
        public bool IsTerminal => Terminal.Contains(State);
    }

    /// <summary>Submits <paramref name="script"/> with extra options first; returns the job id.</summary>
    public static string Submit(string script, params string[] options)
    {
        var (exit, output, error) = Run("sbatch", [.. options, "--parsable", script]);
        if (exit != 0)
        {
            throw new SlurmException($"sbatch {Path.GetFileName(script)} failed ({exit}): {OneLine(error, output)}");
        }

        // --parsable prints "ID" or "ID;CLUSTER"
        string id = output.Trim().Split(';')[0];
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : throw new SlurmException($"sbatch printed no job id: {OneLine(output, error)}");
    }

    /// <summary>The array task ids of <paramref name="arrayJob"/> still queued or running, with their states.</summary>
    public static List<(int Task, string State)> QueuedTasks(string arrayJob)
    {
        var (exit, output, error) = Run("squeue", ["-h", "-r", "-j", arrayJob, "-o", "%K %T"]);
        if (exit != 0)
        {
            // squeue refuses a job id it no longer knows: nothing of it is queued
            return error.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase) ? [] : throw new SlurmException($"squeue failed ({exit}): {OneLine(error, output)}");
        }

        var tasks = new List<(int, string)>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split(' ', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int task))
            {
                tasks.Add((task, parts[1]));
            }
        }

        return tasks;
    }

    /// <summary>
    /// The queued or running jobs named <paramref name="name"/> (or, with <paramref name="job"/>, of that job id), array
    /// tasks one by one: (<c>ID</c> or <c>ARRAY_TASK</c>, state, reason).
    /// </summary>
    public static List<(string Job, string State, string Reason)> QueuedByName(string? name, string? job = null)
    {
        string[] select = job is null ? ["-n", name!] : ["-j", job];
        var (exit, output, error) = Run("squeue", ["-h", "-r", .. select, "-o", "%i %T %r"]);
        if (exit != 0)
        {
            return error.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase) ? [] : throw new SlurmException($"squeue failed ({exit}): {OneLine(error, output)}");
        }

        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 3))
            .Where(parts => parts.Length >= 2)
            .Select(parts => (parts[0], parts[1], parts.Length > 2 ? parts[2] : ""))];
    }

    /// <summary>The state of job <paramref name="job"/> (a single job, not an array), or null once Slurm has forgotten it.</summary>
    public static JobInfo? Job(string job)
    {
        var (exit, output, error) = Run("scontrol", ["show", "job", "-o", job]);
        if (exit != 0)
        {
            return error.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase) ? null : throw new SlurmException($"scontrol show job {job} failed ({exit}): {OneLine(error, output)}");
        }

        var fields = output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .Where(f => f.Length == 2)
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        return new JobInfo(fields.GetValueOrDefault("JobState", "UNKNOWN"), fields.GetValueOrDefault("Reason", ""), fields.GetValueOrDefault("ExitCode", ""));
    }

    /// <summary>Cancels <paramref name="job"/>.</summary>
    public static void Cancel(string job)
    {
        var (exit, output, error) = Run("scancel", [job]);
        if (exit != 0)
        {
            throw new SlurmException($"scancel {job} failed ({exit}): {OneLine(error, output)}");
        }
    }

    private static (int Exit, string Output, string Error) Run(string command, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new SlurmException($"{command} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SlurmException($"{command} could not be started ({e.Message.TrimEnd('.')}); is Slurm installed here and on the PATH?");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }

    private static string OneLine(params string[] texts) =>
        string.Join(" ", texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.ReplaceLineEndings(" ").Trim())) is { Length: > 0 } text ? text : "no output";
}

/// <summary>A Slurm command failed; the message is one line.</summary>
internal sealed class SlurmException(string message) : Exception(message);
