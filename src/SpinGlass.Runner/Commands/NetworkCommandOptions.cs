namespace SpinGlass.Runner.Commands;

/// <summary>The options of <c>spinglass network</c> as typed.</summary>
internal sealed record NetworkCommandOptions(
    string? Letters, string? Random, string? Images, ulong? Seed, string? Size, string? Rule, double? Coding, double? Threshold, bool SelfCoupling, string Out);
