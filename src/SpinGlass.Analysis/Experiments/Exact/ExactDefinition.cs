using SpinGlass.Analysis.Experiments.SpinGlasses;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>
/// The <c>exact</c> experiment: every configuration of a pairwise energy model (N ≤ 32) enumerated, thermal averages and
/// replica overlaps at every temperature, the density of states and every local minimum.
/// </summary>
/// <param name="Models">The model of each model point (the swept N or L); a point's <see cref="ExactPoint.Model"/> indexes it.</param>
/// <param name="Points">The (model, T) points in output order.</param>
/// <param name="Trials">Disorder samples per model point (1 for a fixed instance).</param>
/// <param name="Seed">The master seed: sample k of model point m draws its disorder from the stream (seed, m, k, "disorder"), so every temperature sees the same samples.</param>
/// <param name="Overlaps">Whether to compute q2, q4 and P(q) (N ≤ 28).</param>
public sealed record ExactDefinition(IReadOnlyList<ModelSource> Models, IReadOnlyList<ExactPoint> Points, int Trials, ulong Seed, bool Overlaps);
