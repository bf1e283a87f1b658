using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>
/// Runs a <see cref="StabilityDefinition"/>: a fresh random pattern set per trial; from each stored memory in turn
/// the network relaxes at T = 0 to a fixed point, and the wrong bits of that fixed point are counted.
/// </summary>
/// <remarks>
/// Hopfield, PNAS 79, 2554 (1982): with N = 100, n = 5 memories are almost always stable, with n = 10 about 0.6 of
/// them have no error, and with n = 15 many drift away ("about 0.15 N states can be simultaneously remembered before
/// error in recall is severe").
/// </remarks>
public sealed class StabilityExperiment : LegacyPointExperiment<StabilityDefinition, StabilityTrial, StabilityPointResult>
{
    /// <summary>Wrong bits below which a memory counts as nearly stable (<c>under5_error_rate</c>).</summary>
    public const int FewErrors = 5;

    /// <summary>Creates the experiment.</summary>
    public StabilityExperiment(StabilityDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
    }

    /// <inheritdoc />
    public override double TrialCost(int point)
    {
        var p = Definition.Points[point];
        return (double)p.N * p.P * p.P * 3;
    }

    /// <inheritdoc />
    public override StabilityTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng);
        var network = new HopfieldNetwork(patterns, Definition.Coding);
        var state = network.CreateState(patterns.Pattern(0));
        var errors = new int[p.P];
        for (int mu = 0; mu < p.P; mu++)
        {
            var memory = patterns.Pattern(mu);
            state.SetSpins(memory);
            // each relaxation gets its own stream, seeded from the trial stream
            Definition.Dynamics.Run(state, memory, double.PositiveInfinity, new Xoshiro256StarStar(rng.NextUInt64()), cancellation);
            errors[mu] = Cues.HammingDistance(state.Spins, memory);
        }

        return new StabilityTrial(errors);
    }

    /// <inheritdoc />
    public override StabilityPointResult CombineTrials(int point, IReadOnlyList<StabilityTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        var zero = TrialStatistics.Mean(trials, t => Fraction(t, e => e == 0));
        var few = TrialStatistics.Mean(trials, t => Fraction(t, e => e < FewErrors));
        var mean = TrialStatistics.Mean(trials, t => t.Errors.Average());
        var counts = new int[p.N + 1];
        foreach (var trial in trials)
        {
            foreach (int e in trial.Errors)
            {
                counts[e]++;
            }
        }

        return new StabilityPointResult(
            p.N, p.P, zero.Mean, zero.Error, few.Mean, few.Error, mean.Mean, mean.Error,
            StabilityTheory.BitErrorProbability(p.N, p.P, Definition.Coding), counts);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<StabilityPointResult> points) => StabilityReport.Create(Definition, points);

    private static double Fraction(StabilityTrial trial, Func<int, bool> predicate) =>
        (double)trial.Errors.Count(predicate) / trial.Errors.Count;
}
