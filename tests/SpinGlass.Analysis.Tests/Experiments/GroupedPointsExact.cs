using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Tests.Experiments;

/// <summary>
/// The exact reference for phase-diagram points run in groups (tempering ladders, vector lanes): a group's trials share
/// the patterns its lead point draws, so point k's energy is the trial average of each trial network's exact energy.
/// </summary>
internal static class GroupedPointsExact
{
    /// <summary>
    /// The mean over <paramref name="trials"/> of the exact energy per spin at point <paramref name="k"/>'s β, each trial's
    /// patterns drawn from the stream of the group's lead point (<paramref name="lead"/>) in that trial.
    /// </summary>
    public static double EnergyPerSpin(CapacityPoint[] points, int k, int lead, ulong seed, int trials) =>
        Enumerable.Range(0, trials).Average(trial =>
        {
            var point = points[k];
            var patterns = PatternSet.Random(point.N, point.P, new TrialContext(seed, k, trial).StreamAt(lead, "patterns"));
            return ExactEnumeration.Compute(new HopfieldNetwork(patterns, NeuronCoding.Spin), point.Beta).EnergyPerSpin;
        });
}
