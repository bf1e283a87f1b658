using System.Globalization;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Sampling.Statistics;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// Runs a <see cref="DenseDefinition"/>: a fresh random pattern set per trial; the per-bit error at ξ¹ (bits i with
/// flip cost ΔE_i &lt; 0 at s = ξ¹, over N); then recall of ξ¹ from ξ¹ itself (or a noisy cue). Derived, per (N,
/// interaction, n, T): <c>K_success_half</c>, the K at which the success rate falls through ½ (beside the error-free
/// capacity <c>N^{n−1}/(2(2n−3)!! ln N)</c>), and <c>K_bit_error_1e-2</c>, the K at which the bit error rate rises
/// through 10⁻² (beside <see cref="DenseMemoryTheory.CapacityAtError"/>); both interpolated linearly in ln K between
/// neighbouring points, with a bootstrap error.
/// </summary>
/// <remarks>
/// Krotov and Hopfield, NIPS 29 (2016): with <c>F(x) = xⁿ</c> the per-bit error is
/// <c>P ≈ √((2n−3)!!/(2π) · K/N^{n−1}) · exp(−N^{n−1}/(2K(2n−3)!!))</c>, and the capacity grows as <c>N^{n−1}</c>;
/// Demircigil et al., J. Stat. Phys. 168, 288 (2017).
/// </remarks>
public sealed class DenseExperiment(DenseDefinition definition)
    : Experiment<DenseDefinition, DensePoint, DenseTrial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>The bit error threshold of the derived <c>K_bit_error_1e-2</c> capacities.</summary>
    public const double ErrorThreshold = 1e-2;

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<DenseDefinition, DensePoint, DenseTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>The interaction function, by its config word (see <see cref="InteractionOf(PointRecord)"/>).</summary>
    public static Output InteractionLabel { get; } = Declared.Label("interaction", "interaction function F: polynomial, rectified or exponential", (_, p) => Name(p.Interaction));

    /// <summary>The power n of the polynomial kinds.</summary>
    public static Output Power { get; } = Declared.Coordinate("n", "power n of the polynomial interactions (ignored by the exponential)", p => p.Power, OutputKind.Integer);

    /// <summary>Stored patterns K.</summary>
    public static Output K { get; } = Declared.Coordinate("K", "stored patterns K", p => p.K, OutputKind.Integer);

    /// <summary>Fraction of trials whose dynamics end exactly on ξ¹.</summary>
    public static Output SuccessRate { get; } = Declared.Rate("success_rate", "fraction of trials whose dynamics end exactly on ξ¹", (_, t) => t.Success);

    /// <summary>Mean fraction of ξ¹'s bits that one update at ξ¹ would flip.</summary>
    public static Output BitErrorRate { get; } = Declared.Mean("bit_error_rate", "fraction of ξ¹'s bits with a negative flip cost at s = ξ¹", (_, t) => t.BitErrorRate);

    /// <summary>Overlap with ξ¹.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap m with ξ¹ (final at T = 0, time average at T > 0)", (_, t) => t.Overlap);

    /// <summary>The Krotov–Hopfield per-bit error (polynomial only; NaN otherwise).</summary>
    public static Output BitErrorTheory { get; } = Declared.Theory(
        "bit_error_theory", "Krotov–Hopfield per-bit error of F(x) = xⁿ, capped at ½ (empty for the other interactions)", (_, p) => Theory(p.Interaction, p.Power, p.N, p.K));

    /// <summary>Temperature (kept for the report and charts; not a column).</summary>
    public static Output T { get; } = Declared.Estimate("T", "temperature", (_, p, _) => new Estimate(p.T, double.NaN), hasError: false, column: false);

    /// <summary>The config word of an interaction.</summary>
    public static string Name(Interaction interaction) => interaction switch
    {
        Interaction.RectifiedPolynomial => "rectified",
        Interaction.Exponential => "exponential",
        _ => "polynomial",
    };

    /// <summary>The interaction of a point.</summary>
    public static Interaction InteractionOf(PointRecord point)
    {
        ArgumentNullException.ThrowIfNull(point);
        string word = point.Text(InteractionLabel);
        return Enum.GetValues<Interaction>().First(i => Name(i) == word);
    }

    /// <summary>
    /// The Krotov–Hopfield per-bit error for <c>F(x) = xⁿ</c>, capped at ½ (its large-K asymptotic form exceeds ½
    /// where it no longer applies); NaN for the other interactions.
    /// </summary>
    public static double Theory(Interaction interaction, int power, int n, double k) =>
        interaction == Interaction.Polynomial ? Math.Min(DenseMemoryTheory.PerBitError(power, n, k), 0.5) : double.NaN;

    /// <inheritdoc />
    protected override double TrialCost(DensePoint point)
    {
        double sweeps = double.IsPositiveInfinity(point.Beta) ? 10 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure;
        return (double)point.N * point.K * (sweeps + 1);
    }

    /// <inheritdoc />
    protected override DenseTrial RunTrial(DensePoint point, TrialContext context)
    {
        var rng = context.Random;
        var patterns = context.RandomPatterns(point.N, point.K);
        var memory = new DenseAssociativeMemory(patterns, point.Interaction, point.Power);
        var target = patterns.Pattern(0).ToArray();
        var state = (DenseAssociativeMemoryState)memory.CreateState(target);
        int unstable = 0;
        for (int i = 0; i < point.N; i++)
        {
            if (state.FlipCost(i) < 0)
            {
                unstable++;
            }
        }

        if (Definition.StartNoise > 0)
        {
            state.SetSpins(Cues.Flip(target, Definition.StartNoise, rng));
        }

        double sum = 0;
        var outcome = context.Run(state, Definition.Dynamics, point.Beta, () => sum += Cues.Overlap(state.Spins, target));
        bool success = state.Spins.SequenceEqual(target);
        return new DenseTrial((double)unstable / point.N, success, sum / outcome.Measurements, outcome.Sweeps);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        bool severalT = points.Select(p => p[T]).Distinct().Count() > 1;
        bool severalKinds = points.Select(InteractionOf).Distinct().Count() > 1;
        foreach (var group in DenseCharts.Groups(points))
        {
            var (n, interaction, power, temperature) = group.Key;
            bool polynomial = interaction == Interaction.Polynomial;
            string suffix = string.Create(CultureInfo.InvariantCulture, $"_N{n}")
                + (severalKinds ? "_" + Name(interaction) : "")
                + (interaction == Interaction.Exponential ? "" : string.Create(CultureInfo.InvariantCulture, $"_n{power}"))
                + (severalT ? string.Create(CultureInfo.InvariantCulture, $"_T{temperature}") : "");
            var curve = group.OrderBy(p => p[K]).ToArray();
            double[] logK = [.. curve.Select(p => Math.Log(p[K]))];
            const string Source = "Krotov & Hopfield 2016 (signal-to-noise, F(x) = x^n)";

            double? errorFree = polynomial ? DenseMemoryTheory.ErrorFreeCapacity(power, n) : null;
            if (errorFree is double reference)
            {
                report.Derive("K_error_free_theory" + suffix, new DerivedValue(reference, Source: Source));
            }

            var success = CurveCrossing.RateCurve(logK, [.. curve.Select(p => p[SuccessRate])], Definition.Trials);
            if (CurveCrossing.FindLevel(success, 0.5) is (double lnK, double lnKError))
            {
                double k = Math.Exp(lnK);
                report.Derive("K_success_half" + suffix, new DerivedValue(k, double.IsFinite(lnKError) ? k * lnKError : null, errorFree, polynomial ? Source : null));
            }

            // the bit error rate rises with K: find where −rate falls through −threshold
            var bitErrors = new CurveCrossing.Curve(
                logK,
                [.. curve.Select(p => -p[BitErrorRate])],
                [.. curve.Select(p => p.Error(BitErrorRate) > 0 ? p.Error(BitErrorRate) : 1.0 / ((int)p[N] * Definition.Trials))]);
            double? atError = polynomial ? DenseMemoryTheory.CapacityAtError(power, n, ErrorThreshold) : null;
            if (CurveCrossing.FindLevel(bitErrors, -ErrorThreshold) is (double lnKe, double lnKeError))
            {
                double k = Math.Exp(lnKe);
                report.Derive("K_bit_error_1e-2" + suffix, new DerivedValue(k, double.IsFinite(lnKeError) ? k * lnKeError : null, atError, polynomial ? Source : null));
            }
            else if (atError is double theoryOnly)
            {
                report.Derive("K_bit_error_1e-2_theory" + suffix, new DerivedValue(theoryOnly, Source: Source));
            }
        }

        report.Chart("dense_success", () => DenseCharts.Success(points));
        report.Chart("dense_bit_error", () => DenseCharts.BitError(points));
    }
}
