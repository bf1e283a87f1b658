using System.Globalization;
using System.Text;
using SpinGlass.Runner.Commands;

namespace SpinGlass.Runner.Cluster;

/// <summary>What the generated Slurm scripts run and ask for (docs/cluster.md, "The generated scripts").</summary>
internal sealed record SlurmJobSpec(
    string Name,
    string JobName,
    string ConfigFile,
    string OutDirectory,
    IReadOnlyList<string> Sets,
    int Shards,
    int Threads,
    string Time,
    string Memory,
    string MergeTime,
    string MergeMemory,
    int SignalSeconds,
    string? Partition,
    string? Account,
    IReadOnlyList<string> SbatchArguments,
    IReadOnlyList<string> Command,
    bool NoCharts,
    IReadOnlyList<string> Notes);

/// <summary>
/// Writes the job-array script (one shard per task), the merge script and a submit script for a sharded run. The array
/// tasks are requeueable and get SIGUSR1 <see cref="SlurmJobSpec.SignalSeconds"/> before their time limit: the script
/// passes it on as SIGTERM (the shard saves its finished points and exits) and requeues the task, which resumes from
/// the saved points. A cancelled task (SIGTERM from scancel) saves its points and ends without requeueing.
/// </summary>
internal static class SlurmScripts
{
    public const string ArrayScript = "array.sh";
    public const string MergeScript = "merge.sh";
    public const string SubmitScript = "submit.sh";
    public const string LogDirectory = "logs";

    /// <summary>How often a shard requeues itself at its time limit before it gives up (a point that never fits).</summary>
    public const int MaxRestarts = 5;

    /// <summary>
    /// A path as an <c>#SBATCH</c> value: double-quoted (sbatch splits directives at spaces), with <c>"</c> and <c>\</c>
    /// escaped and <c>%</c> doubled (sbatch expands <c>%j</c>-style patterns in file names).
    /// </summary>
    public static string DirectivePath(string path) =>
        "\"" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("%", "%%", StringComparison.Ordinal) + "\"";

    /// <summary>The <c>#SBATCH</c> lines every job of the run shares: partition, account and the user's extra options.</summary>
    private static IEnumerable<string> Common(SlurmJobSpec spec) =>
        (spec.Partition is null ? [] : new[] { $"--partition={spec.Partition}" })
            .Concat(spec.Account is null ? [] : [$"--account={spec.Account}"])
            .Concat(spec.SbatchArguments);

    public static string Array(SlurmJobSpec spec)
    {
        string logs = Path.Combine(spec.OutDirectory, "slurm", LogDirectory);
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append(CultureInfo.InvariantCulture, $"# SpinGlass: the {spec.Shards} shards of '{spec.Name}' as a Slurm job array, written by 'spinglass slurm'.\n");
        text.Append("# Each task computes shard $SLURM_ARRAY_TASK_ID into OUT/.points/; merge.sh writes the results. See docs/cluster.md.\n");
        foreach (string note in spec.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {note}\n");
        }

        string[] directives =
        [
            $"--job-name={spec.JobName}",
            $"--array=0-{spec.Shards - 1}",
            "--ntasks=1",
            $"--cpus-per-task={spec.Threads}",
            $"--time={spec.Time}",
            $"--mem={spec.Memory}",
            "--requeue",
            $"--signal=B:USR1@{spec.SignalSeconds}",
            "--open-mode=append",
            $"--output={DirectivePath(logs + "/")[..^1]}shard-%a.out\"",
            .. Common(spec),
        ];
        foreach (string directive in directives)
        {
            text.Append(CultureInfo.InvariantCulture, $"#SBATCH {directive}\n");
        }

        string command = string.Join(' ', spec.Command.Select(MergeCommand.Quote));
        string sets = string.Concat(spec.Sets.Select(set => " --set " + MergeCommand.Quote(set)));
        text.Append(CultureInfo.InvariantCulture, $$"""
            set -u
            shard="${SLURM_ARRAY_TASK_ID}/{{spec.Shards}}"
            restart="${SLURM_RESTART_COUNT:-0}"
            echo "$(date -u +%FT%TZ) shard $shard on $(hostname) (job ${SLURM_JOB_ID}, restart $restart)"
            child=""
            requeue=0
            # before the time limit Slurm sends USR1 (see --signal): stop the shard (it saves its finished points), then requeue
            trap 'requeue=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' USR1
            # scancel sends TERM: the shard saves its finished points and ends; the task is not requeued
            trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM
            {{command}} run {{MergeCommand.Quote(spec.ConfigFile)}} --out {{MergeCommand.Quote(spec.OutDirectory)}} --shard "$shard" --threads {{spec.Threads}}{{sets}} --quiet &
            child=$!
            while :; do
              wait "$child"
              status=$?
              [ "$status" -le 128 ] && break
              # above 128: a trap interrupted wait (the shard still runs), or the shard itself ended by a signal
              kill -0 "$child" 2>/dev/null && continue
              wait "$child"
              late=$?
              [ "$late" -ne 127 ] && status=$late
              break
            done
            if [ "$requeue" = 1 ] && [ "$status" = 143 ]; then
              if [ "$restart" -ge {{MaxRestarts}} ]; then
                echo "$(date -u +%FT%TZ) shard $shard: time limit near again after $restart restarts; not requeued (give more --time, then --resubmit-missing)"
              else
                echo "$(date -u +%FT%TZ) shard $shard: time limit near, finished points saved; requeueing"
                if scontrol requeue "${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}"; then
                  # the requeue ends this job; ending first would let Slurm count the task as failed (and drop the merge)
                  sleep 600 &
                  wait $!
                  exit 0
                fi
              fi
            fi
            echo "$(date -u +%FT%TZ) shard $shard ended with status $status"
            exit "$status"

            """);
        return text.ToString();
    }

    public static string Merge(SlurmJobSpec spec)
    {
        string logs = Path.Combine(spec.OutDirectory, "slurm", LogDirectory);
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append(CultureInfo.InvariantCulture, $"# SpinGlass: merges the shards of '{spec.Name}' into results.csv, summary.json and charts, written by 'spinglass slurm'.\n");
        text.Append("# Submitted with --dependency=afterok:ARRAY --kill-on-invalid-dep=yes (see submit.sh), so it runs once every shard succeeded.\n");
        string[] directives =
        [
            $"--job-name={spec.JobName}-merge",
            "--ntasks=1",
            "--cpus-per-task=1",
            $"--time={spec.MergeTime}",
            $"--mem={spec.MergeMemory}",
            $"--output={DirectivePath(logs + "/")[..^1]}merge-%j.out\"",
            .. Common(spec),
        ];
        foreach (string directive in directives)
        {
            text.Append(CultureInfo.InvariantCulture, $"#SBATCH {directive}\n");
        }

        string command = string.Join(' ', spec.Command.Select(MergeCommand.Quote));
        text.Append(CultureInfo.InvariantCulture, $"set -u\nexec {command} merge {MergeCommand.Quote(spec.OutDirectory)}{(spec.NoCharts ? " --no-charts" : "")}\n");
        return text.ToString();
    }

    public static string Submit(SlurmJobSpec spec) =>
        $$"""
        #!/bin/bash
        # SpinGlass: submits the shards of '{{spec.Name}}' and the merge that waits for them ('spinglass slurm --submit' does the same).
        set -euo pipefail
        cd "$(dirname "$0")"
        array=$(sbatch --parsable {{ArrayScript}})
        array=${array%%;*}
        merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes {{MergeScript}})
        merge=${merge%%;*}
        echo "array job $array ({{spec.Shards}} shards), merge job $merge"

        """;
}
