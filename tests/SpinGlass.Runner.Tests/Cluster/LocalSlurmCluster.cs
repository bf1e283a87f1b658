using System.Diagnostics;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Cluster;

/// <summary>
/// The real one-node Slurm cluster of <c>scripts/slurm/local-cluster.sh</c> (Debian's slurmctld, slurmd and munge):
/// started for the cluster tests if it is not up (CI's <c>.ci/run</c> starts it before the tests), and stopped
/// afterwards only if these tests started it. Without Slurm installed the tests fail with the install command — a
/// cluster is software the suite installs, not hardware it may lack.
/// </summary>
public sealed class LocalSlurmCluster : IDisposable
{
    private readonly bool _startedHere;

    public LocalSlurmCluster()
    {
        Script = Path.Combine(CliHarness.RepositoryRoot, "scripts", "slurm", "local-cluster.sh");
        var (status, _) = Run("status");
        if (status != 0)
        {
            var (exit, output) = Run("start");
            if (exit != 0)
            {
                StartProblem = $"scripts/slurm/local-cluster.sh start failed ({exit}): {output.Trim()}";
                return;
            }

            _startedHere = true;
        }
    }

    public string Script { get; }

    /// <summary>Why the cluster could not be started, or null when it is up.</summary>
    public string? StartProblem { get; }

    /// <summary>Fails the calling test with the reason when the cluster is not up.</summary>
    public void AssertUp() => Assert.True(StartProblem is null, StartProblem);

    public void Dispose()
    {
        if (_startedHere)
        {
            Run("stop");
        }
    }

    private (int Exit, string Output) Run(string verb)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Script);
        info.ArgumentList.Add(verb);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}

[CollectionDefinition(Name)]
public sealed class SlurmClusterGroup : ICollectionFixture<LocalSlurmCluster>
{
    public const string Name = "local Slurm cluster";
}
