using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>
/// Runs a <see cref="MixturesDefinition"/>: a fresh random pattern set per trial, the chain started at the symmetric
/// n-mixture (ties broken at random), the condensed overlaps and the energy measured (time averages at T &gt; 0, final
/// values at T = 0). The stability temperature per n is where half the pattern sets keep the mixture, interpolated in
/// T with a bootstrap error, beside the mean-field T_n.
/// </summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985): symmetric 3-mixtures are stable below T = 0.46.</remarks>
public sealed class MixturesExperiment(MixturesDefinition definition)
    : Experiment<MixturesDefinition, MixturePoint, MixtureTrial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<MixturesDefinition, MixturePoint, MixtureTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns p", p => p.P, OutputKind.Integer);

    /// <summary>Mixture order n.</summary>
    public static Output Order { get; } = Declared.Coordinate("n", "mixture order n: the start is sgn(ξ¹ + … + ξⁿ)", p => p.Order, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>The mixture overlap: the mean of the n condensed overlaps.</summary>
    public static Output MixtureOverlap { get; } = Declared.Mean("mixture_overlap", "mean of the n condensed overlaps m_μ, μ ≤ n", (_, t) => t.MixtureOverlap);

    /// <summary>The largest non-condensed overlap, mean over pattern sets.</summary>
    public static Output MaxOtherOverlap { get; } = Declared.Average("max_other_overlap", "largest |m_ρ| over the other patterns ρ > n", (_, t) => t.MaxOther);

    /// <summary>Fraction of pattern sets in which the symmetric mixture survived.</summary>
    public static Output StableRate { get; } = Declared.Rate(
        "stable_rate", "fraction of pattern sets in which the mixture stays symmetric (smallest m_μ ≥ half the mean) and condensed (mean ≥ 0.1)", (_, t) => t.Stable);

    /// <summary>Energy per spin.</summary>
    public static Output Energy { get; } = Declared.Mean("energy", "energy per spin E/N", (_, t) => t.Energy);

    /// <summary>Mean-field mixture overlap m_n(T) (spin neurons only).</summary>
    public static Output MixtureOverlapTheory { get; } = Declared.Theory(
        "mixture_overlap_theory", "mean-field m_n(T) at α → 0 (AGS 1985), spin neurons only",
        (d, p) => d.Coding == NeuronCoding.Spin ? MixtureMeanField.Overlap(p.Order, p.T) : double.NaN);

    /// <summary>Mean-field mixture energy −(n/2) m_n(T)² (spin neurons only).</summary>
    public static Output EnergyTheory { get; } = Declared.Theory(
        "energy_theory", "mean-field energy −(n/2) m_n(T)² at α → 0, spin neurons only",
        (d, p) => d.Coding == NeuronCoding.Spin ? MixtureMeanField.Energy(p.Order, p.T) : double.NaN);

    /// <inheritdoc />
    protected override double TrialCost(MixturePoint point)
    {
        return (double)point.N * point.P * (Definition.Dynamics.Thermalize + Definition.Dynamics.Measure);
    }

    /// <inheritdoc />
    protected override MixtureTrial RunTrial(MixturePoint point, TrialContext context)
    {
        var rng = context.Random;
        var patterns = context.RandomPatterns(point.N, point.P);
        var start = new sbyte[point.N];
        for (int i = 0; i < point.N; i++)
        {
            int sum = 0;
            for (int mu = 0; mu < point.Order; mu++)
            {
                sum += patterns.Pattern(mu)[i];
            }

            start[i] = sum > 0 ? (sbyte)1 : sum < 0 ? (sbyte)-1 : rng.NextSpin();
        }

        var state = (HopfieldState)new HopfieldNetwork(patterns, Definition.Coding).CreateState(start);
        var sums = new double[point.P];
        double energy = 0;
        var protocol = double.IsPositiveInfinity(point.Beta) ? Definition.Dynamics with { Rule = UpdateRule.ZeroTemperature } : Definition.Dynamics;
        var outcome = context.Run(state, protocol, point.Beta, () =>
        {
            for (int mu = 0; mu < sums.Length; mu++)
            {
                sums[mu] += state.Overlaps[mu];
            }

            energy += state.Energy;
        });
        double scale = 1.0 / ((double)outcome.Measurements * point.N);
        double maxOther = 0;
        for (int mu = point.Order; mu < point.P; mu++)
        {
            maxOther = Math.Max(maxOther, Math.Abs(sums[mu] * scale));
        }

        return new MixtureTrial([.. sums.Take(point.Order).Select(s => s * scale)], maxOther, energy / outcome.Measurements / point.N);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        bool spinUnits = Definition.Coding == NeuronCoding.Spin; // binary neurons: no mean-field reference
        bool severalNetworks = points.Select(r => (r[N], r[P])).Distinct().Count() > 1;
        foreach (var group in MixturesCharts.Curves(points))
        {
            var (n, p, order) = group.Key;
            var curve = group.OrderBy(r => r[T]).ToArray();
            var rates = CurveCrossing.RateCurve([.. curve.Select(r => r[T])], [.. curve.Select(r => r[StableRate])], Definition.Trials);
            if (CurveCrossing.FindLevel(rates, 0.5) is (double value, double error))
            {
                string name = severalNetworks ? $"t_stability_n{order}_N{n}_p{p}" : $"t_stability_n{order}";
                report.Derive(name, spinUnits
                    ? new DerivedValue(value, error, MixtureMeanField.StabilityTemperature(order), "AGS 1985 (mean field, α → 0)")
                    : new DerivedValue(value, error));
            }
        }

        report.Chart("mixture_overlap", () => MixturesCharts.Overlap(points));
    }
}
