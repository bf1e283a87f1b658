using SpinGlass.Analysis.Experiments.Retrieval;

namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>
/// A <c>modern</c> run: its points; the stored images (null for random ±1 patterns drawn per trial); the updates per
/// cue (<see cref="Converge"/>: until ‖Δξ‖ &lt; <see cref="ModernExperiment.Tolerance"/>, at most
/// <see cref="ModernExperiment.MaxUpdates"/>); the cues per trial (fixed images: each image once); trials per point.
/// </summary>
public sealed record ModernDefinition(IReadOnlyList<ModernPoint> Points, StoredImages? Images, int Updates, bool Converge, int Queries, int Trials);
