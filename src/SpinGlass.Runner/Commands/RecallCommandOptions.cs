namespace SpinGlass.Runner.Commands;

/// <summary>The options of <c>spinglass recall</c> as typed.</summary>
internal sealed record RecallCommandOptions(
    string Network, string State, string? Rule, string? Order, double? Temperature, ulong? Seed, int? MaxSweeps, string? Trace, bool Json);
