using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>
/// Runs a <see cref="CapacityDefinition"/>: a fresh random pattern set per trial, recall of ξ¹ from ξ¹ itself (or a
/// noisy cue), overlap and exact-fixed-point statistics over trials, beside the replica-symmetric overlap. α_c(N) is
/// the load at which half the trials still retrieve (overlap ≥ retrieval_overlap), interpolated linearly in α with a
/// bootstrap error; the N → ∞ value is the intercept of a weighted straight-line fit of α_c(N) against N^{−1/2}.
/// </summary>
/// <remarks>
/// Amit, Gutfreund and Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985) and Ann. Phys. 173, 30 (1987): below
/// α_c = 0.138 the retrieval state survives with m ≈ 0.97 at T = 0; above it the overlap collapses (docs/physics.md).
/// </remarks>
public sealed class CapacityExperiment(CapacityDefinition definition)
    : Experiment<CapacityDefinition, CapacityPoint, CapacityTrial>(definition, definition.Points, definition.Trials, Declared)
{
    // one per worker thread: a trial's patterns never outlive it, so the next trial on the thread reuses their arrays
    [ThreadStatic]
    private static PatternBuffers? t_buffers;

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<CapacityDefinition, CapacityPoint, CapacityTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>The load α as configured.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N as configured", p => p.Alpha);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns p = round(αN)", p => p.P, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>Overlap with ξ¹ (final at T = 0, time-averaged at T &gt; 0).</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap m with ξ¹ (final at T = 0, time average at T > 0; for sparse patterns of coding level a the covariance overlap Σ_i (V¹_i − a) V_i / Σ_i (V¹_i − a) V¹_i)", (_, t) => t.Overlap);

    /// <summary>Fraction of trials whose overlap reaches success_overlap.</summary>
    public static Output SuccessRate { get; } = Declared.Rate("success_rate", "fraction of trials with m ≥ success_overlap", (d, t) => t.Overlap >= d.SuccessOverlap - 1e-12);

    /// <summary>Fraction of wrong bits (1 − m)/2.</summary>
    public static Output ErrorFraction { get; } = Declared.Mean("error_fraction", "fraction of wrong bits ((1 − m)/2 for unbiased patterns)", (_, t) => t.ErrorFraction ?? (1 - t.Overlap) / 2);

    /// <summary>Fraction of trials in which ξ¹ is an exact fixed point.</summary>
    public static Output StableRate { get; } = Declared.Rate("stable_rate", "fraction of trials in which ξ¹ is an exact fixed point of T = 0 dynamics", (_, t) => t.Stable);

    /// <summary>Fraction of trials whose overlap reaches retrieval_overlap.</summary>
    public static Output RetrievalRate { get; } = Declared.Rate("retrieval_rate", "fraction of trials with m ≥ retrieval_overlap (α_c(N) is where it crosses ½)", (d, t) => t.Overlap >= d.RetrievalOverlap);

    /// <summary>Mean sweeps made.</summary>
    public static Output Sweeps { get; } = Declared.Average("sweeps", "sweeps made", (_, t) => t.Sweeps);

    /// <summary>Replica-symmetric overlap of the retrieval branch (0 where it does not exist).</summary>
    public static Output OverlapTheory { get; } = Declared.Theory("overlap_theory", "replica-symmetric m(α, T) of the retrieval branch (AGS 1987), 0 where it does not exist; Hebb on unbiased patterns only (empty for the other rules)",
        (d, p) => d.Memory.IsAgs ? HopfieldTheory.RetrievalOverlap(p.Alpha, p.T) : double.NaN);

    /// <inheritdoc />
    protected override double TrialCost(CapacityPoint point)
    {
        double sweeps = double.IsPositiveInfinity(point.Beta) ? 10 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure;
        return (double)point.N * point.P * sweeps;
    }

    /// <inheritdoc />
    protected override CapacityTrial RunTrial(CapacityPoint point, TrialContext context)
    {
        var rng = context.Random;
        var patterns = Definition.Memory.RandomPatterns(context, point.N, point.P, t_buffers ??= new PatternBuffers());
        var network = Definition.Memory.Build(patterns, Definition.Coding, context);
        var target = patterns.Pattern(0).ToArray();
        var state = network.CreateState(target);
        bool stable = MarkovChain.IsFixedPoint(state);
        if (Definition.StartNoise > 0)
        {
            state.SetSpins(Cues.Flip(target, Definition.StartNoise, rng));
        }

        double sum = 0, wrong = 0;
        var memory = Definition.Memory;
        var outcome = context.Run(state, Definition.Dynamics, point.Beta, () =>
        {
            sum += memory.Overlap(state.Spins, target);
            wrong += memory.PatternBias == 0 ? 0 : Cues.HammingDistance(state.Spins, target) / (double)point.N;
        });
        return new CapacityTrial(sum / outcome.Measurements, stable, outcome.Sweeps, memory.PatternBias == 0 ? null : wrong / outcome.Measurements);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var temperatures = points.Select(p => p[T]).Distinct().Order().ToArray();
        foreach (var temperature in temperatures)
        {
            string suffix = temperatures.Length > 1 ? FormattableString.Invariant($"_T{temperature}") : "";
            var learning = Definition.Memory;
            bool ags = learning.IsAgs;
            double? theory = ags ? AgsPhaseDiagram.CriticalLoadAt(temperature) : null;
            const string Ags = "AGS 1987 (replica symmetric)";
            if (theory is double expected)
            {
                report.Derive("alpha_c_theory" + suffix, new DerivedValue(expected, Source: Ags));
            }

            var sizes = new List<(double N, double Value, double Error)>();
            foreach (double n in points.Where(p => p[T] == temperature).Select(p => p[N]).Distinct().Order())
            {
                var curve = points.Where(p => p[T] == temperature && p[N] == n).OrderBy(p => p[Alpha]).ToArray();
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p[Alpha])], [.. curve.Select(p => p[RetrievalRate])], Definition.Trials);
                if (CurveCrossing.FindLevel(rates, 0.5) is (double value, double error))
                {
                    sizes.Add((n, value, error));
                    report.Derive(FormattableString.Invariant($"alpha_c_N{n}{suffix}"), new DerivedValue(value, error, theory, ags ? Ags : null));
                }

                // the other rules' capacities are T = 0 statements about fixed points (Storkey, pseudo-inverse) or the a → 0
                // limit (covariance): given beside the measured crossing at each N, not as its reference
                if (!ags && temperature == 0 && learning.CapacityTheory((int)n) is var (capacity, source))
                {
                    report.Derive(FormattableString.Invariant($"alpha_c_theory_N{n}"), new DerivedValue(capacity, Source: source));
                }
            }

            // the N^(−1/2) extrapolation assumes a finite α_c as N → ∞ (Hebb); Storkey's capacity falls as 1/√(2 ln N)
            if (ags && sizes.Count >= 2 && sizes.All(s => s.Error > 0))
            {
                var fit = WeightedLineFit.Fit(
                    [.. sizes.Select(s => 1 / Math.Sqrt(s.N))], [.. sizes.Select(s => s.Value)], [.. sizes.Select(s => s.Error)]);
                report.Derive("alpha_c_extrapolated" + suffix, new DerivedValue(fit.Intercept, fit.InterceptError, theory, Ags));
            }
        }

        report.Chart("capacity_overlap", () => CapacityCharts.Overlap(points, Definition.Memory));
        report.Chart("capacity_rates", () => CapacityCharts.Rates(points));
    }
}
