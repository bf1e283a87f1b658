using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>Runs a <see cref="PhaseDiagramDefinition"/>.</summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Ann. Phys. 173, 30 (1987), Fig. 1: the T_g, T_M and T_c lines.</remarks>
public sealed class PhaseDiagramExperiment : LegacyPointExperiment<PhaseDiagramDefinition, PhaseDiagramTrial, PhaseDiagramPointResult>
{
    /// <summary>Creates the experiment.</summary>
    public PhaseDiagramExperiment(PhaseDiagramDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
    }

    /// <inheritdoc />
    public override double TrialCost(int point) =>
        (double)Definition.Points[point].N * Math.Max(1, Definition.Points[point].P) * (Definition.Protocol.Thermalize + Definition.Protocol.Measure);

    /// <inheritdoc />
    public override PhaseDiagramTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng);
        var state = (HopfieldState)new HopfieldNetwork(patterns, Definition.Coding).CreateState(patterns.Pattern(0));
        var chain = new MarkovChain(state, new Dynamics(Definition.Rule, p.Beta, Definition.Order), rng);
        double overlap = 0, energy = 0, n = p.N;
        Definition.Protocol.Run(
            chain,
            () =>
            {
                overlap += state.Overlaps[0] / n;
                energy += state.Energy / n;
            },
            cancellation);
        int measurements = Definition.Protocol.Measurements;
        return new PhaseDiagramTrial(overlap / measurements, energy / measurements);
    }

    /// <inheritdoc />
    public override PhaseDiagramPointResult CombineTrials(int point, IReadOnlyList<PhaseDiagramTrial> trials)
    {
        var p = Definition.Points[point];
        var overlap = TrialStatistics.Mean(trials, t => t.Overlap);
        var energy = TrialStatistics.Mean(trials, t => t.Energy);
        return new PhaseDiagramPointResult(
            p.N, p.Alpha, p.T, overlap.Mean, overlap.Error, energy.Mean, energy.Error,
            HopfieldTheory.RetrievalOverlap(p.Alpha, p.T), HopfieldTheory.EnergyFromPattern(p.Alpha, p.T));
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<PhaseDiagramPointResult> points) => PhaseDiagramReport.Create(points);
}
