namespace SpinGlass.Runner.Bench;

/// <summary>
/// A prepared kernel: one timed run is <see cref="Sweeps"/> calls of <see cref="Sweep"/>, each doing
/// <see cref="UpdatesPerSweep"/> single-spin updates; <see cref="Reset"/> (untimed) puts the chain back at its start.
/// </summary>
/// <param name="Parameters">What the kernel does, for the report (sizes, temperature, rule, order).</param>
/// <param name="Sweeps">Sweeps per timed run.</param>
/// <param name="UpdatesPerSweep">Single-spin updates (or attempts) per sweep.</param>
/// <param name="Sweep">One sweep of the engine under test.</param>
/// <param name="Reset">Restores the start state before each run, or null to continue the chain from run to run.</param>
internal sealed record BenchWorkload(
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    int Sweeps,
    long UpdatesPerSweep,
    Action Sweep,
    Action? Reset);
