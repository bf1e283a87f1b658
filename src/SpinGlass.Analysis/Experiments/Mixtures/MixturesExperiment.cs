using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>Runs a <see cref="MixturesDefinition"/>.</summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985): symmetric 3-mixtures are stable below T = 0.46.</remarks>
public sealed class MixturesExperiment(MixturesDefinition definition)
    : LegacyPointExperiment<MixturesDefinition, MixtureTrial, MixturePointResult>(definition, d => d.Points.Count, d => d.Trials)
{
    /// <inheritdoc />
    public override double TrialCost(int point) =>
        (double)Definition.Points[point].N * Definition.Points[point].P * (Definition.Protocol.Thermalize + Definition.Protocol.Measure);

    /// <inheritdoc />
    public override MixtureTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng);
        var start = new sbyte[p.N];
        for (int i = 0; i < p.N; i++)
        {
            int sum = 0;
            for (int mu = 0; mu < p.Order; mu++)
            {
                sum += patterns.Pattern(mu)[i];
            }

            start[i] = sum > 0 ? (sbyte)1 : sum < 0 ? (sbyte)-1 : rng.NextSpin();
        }

        var state = (HopfieldState)new HopfieldNetwork(patterns, Definition.Coding).CreateState(start);
        var sums = new double[p.P];
        double energy = 0;
        int measurements = 0;
        void Measure()
        {
            for (int mu = 0; mu < p.P; mu++)
            {
                sums[mu] += state.Overlaps[mu];
            }

            energy += state.Energy;
            measurements++;
        }

        if (double.IsPositiveInfinity(p.Beta))
        {
            new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, p.Beta), rng).RunToFixedPoint(Definition.Protocol.Measure, cancellation);
            Measure();
        }
        else
        {
            Definition.Protocol.Run(new MarkovChain(state, new Dynamics(Definition.Rule, p.Beta), rng), Measure, cancellation);
        }

        double scale = 1.0 / ((double)measurements * p.N);
        double maxOther = 0;
        for (int mu = p.Order; mu < p.P; mu++)
        {
            maxOther = Math.Max(maxOther, Math.Abs(sums[mu] * scale));
        }

        return new MixtureTrial([.. sums.Take(p.Order).Select(s => s * scale)], maxOther, energy / measurements / p.N);
    }

    /// <inheritdoc />
    public override MixturePointResult CombineTrials(int point, IReadOnlyList<MixtureTrial> trials)
    {
        var p = Definition.Points[point];
        var overlap = TrialStatistics.Mean(trials, t => t.MixtureOverlap);
        var stable = TrialStatistics.Mean(trials, t => t.Stable ? 1 : 0);
        var energy = TrialStatistics.Mean(trials, t => t.Energy);
        bool spin = Definition.Coding == NeuronCoding.Spin; // the mean-field temperatures and energies are in spin units
        double theory = spin ? MixtureMeanField.Overlap(p.Order, p.T) : double.NaN;
        return new MixturePointResult(
            p.N, p.P, p.Order, p.T, overlap.Mean, overlap.Error, TrialStatistics.Mean(trials, t => t.MaxOther).Mean,
            stable.Mean, stable.Error, energy.Mean, energy.Error, theory, spin ? MixtureMeanField.Energy(p.Order, p.T) : double.NaN);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<MixturePointResult> points) => MixturesReport.Create(points, Definition.Trials);
}
