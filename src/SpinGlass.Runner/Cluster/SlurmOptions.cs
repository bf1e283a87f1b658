namespace SpinGlass.Runner.Cluster;

/// <summary>The options of <c>spinglass slurm CONFIG --shards N</c> (docs/cluster.md).</summary>
internal sealed record SlurmOptions(
    string ConfigPath,
    int Shards,
    string? OutDirectory = null,
    int Threads = 1,
    string? Time = null,
    string? Memory = null,
    string? Partition = null,
    string? Account = null,
    IReadOnlyList<string>? SbatchArguments = null,
    bool Submit = false,
    bool Wait = false,
    bool ResubmitMissing = false,
    IReadOnlyList<string>? Sets = null,
    ulong? Seed = null,
    bool NoCharts = false,
    string? Command = null);
