using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>Runs an <see cref="AttractorsDefinition"/>.</summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985): mixtures appear for α below about 0.03.</remarks>
public sealed class AttractorsExperiment(AttractorsDefinition definition)
    : LegacyPointExperiment<AttractorsDefinition, AttractorsTrial, AttractorsPointResult>(definition, d => d.Points.Count, d => d.Trials)
{
    /// <inheritdoc />
    public override double TrialCost(int point) =>
        (double)Definition.Points[point].N * Definition.Points[point].P * Definition.Starts * (20 + Definition.Anneal);

    /// <inheritdoc />
    public override AttractorsTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng);
        var network = new HopfieldNetwork(patterns, Definition.Coding);
        var start = new sbyte[p.N];
        var classes = new AttractorClass[Definition.Starts];
        var energies = new double[Definition.Starts];
        var overlaps = new double[p.P];
        var kept = new List<double[]>();
        for (int s = 0; s < Definition.Starts; s++)
        {
            for (int i = 0; i < start.Length; i++)
            {
                start[i] = rng.NextSpin();
            }

            var state = (HopfieldState)network.CreateState(start);
            if (!double.IsPositiveInfinity(p.Beta))
            {
                var anneal = new MarkovChain(state, new Dynamics(UpdateRule.Glauber, p.Beta, Definition.Order), new Xoshiro256StarStar(rng.NextUInt64()));
                for (int sweep = 0; sweep < Definition.Anneal; sweep++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    anneal.Sweep();
                }
            }

            new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, Definition.Order), new Xoshiro256StarStar(rng.NextUInt64()))
                .RunToFixedPoint(Definition.MaxSweeps, cancellation);
            for (int mu = 0; mu < p.P; mu++)
            {
                overlaps[mu] = (double)state.Overlaps[mu] / p.N;
            }

            classes[s] = AttractorClassifier.Classify(overlaps).Class;
            if (trial == 0)
            {
                kept.Add((double[])overlaps.Clone());
            }

            energies[s] = state.Energy / p.N;
        }

        return new AttractorsTrial(classes, energies, [.. kept]);
    }

    /// <inheritdoc />
    public override AttractorsPointResult CombineTrials(int point, IReadOnlyList<AttractorsTrial> trials)
    {
        var p = Definition.Points[point];
        var rates = new List<double>();
        var energies = new List<double>();
        foreach (var kind in Enum.GetValues<AttractorClass>())
        {
            var rate = TrialStatistics.Mean(trials, t => t.Rate(kind));
            rates.Add(rate.Mean);
            rates.Add(rate.Error);
            var inClass = trials.SelectMany(t => t.Classes.Zip(t.Energies)).Where(x => x.First == kind).Select(x => x.Second).ToArray();
            energies.Add(inClass.Length == 0 ? double.NaN : inClass.Average());
        }

        return new AttractorsPointResult(p.N, p.Alpha, p.P, p.T, [.. rates], [.. energies], trials);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<AttractorsPointResult> points) => AttractorsReport.Create(points, Definition.Coding == NeuronCoding.Spin);
}
