using System.Globalization;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Sampling.Statistics;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// Runs a <see cref="DenseDefinition"/>: a fresh random pattern set per trial (or the fixed images, cued in turn); the
/// per-bit error at the cued pattern ξ (bits i with flip cost ΔE_i &lt; 0 at s = ξ, over N); then recall of ξ from ξ
/// itself or a noisy cue, and whether the end state is ξ, a stored pattern nearest to the cue, or any stored pattern.
/// Derived, along K, per (N, interaction, n, β, noise, T): <c>K_success_half</c>, the K at which the success rate falls through ½ (beside the error-free
/// capacity <c>N^{n−1}/(2(2n−3)!! ln N)</c>), and <c>K_bit_error_1e-2</c>, the K at which the bit error rate rises
/// through 10⁻² (beside <see cref="DenseMemoryTheory.CapacityAtError"/>); both interpolated linearly in ln K between
/// neighbouring points, with a bootstrap error (the rectified polynomial's references at twice the K).
/// </summary>
/// <remarks>
/// Krotov and Hopfield, NIPS 29 (2016): with <c>F(x) = xⁿ</c> the per-bit error is
/// <c>P ≈ √((2n−3)!!/(2π) · K/N^{n−1}) · exp(−N^{n−1}/(2K(2n−3)!!))</c>, and the capacity grows as <c>N^{n−1}</c>;
/// the rectified polynomial has the same at K/2 (docs/physics.md, "Dense associative memory");
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

    /// <summary>The β of the exponential F(x) = e^{βx} (NaN, an empty cell, for the polynomial kinds).</summary>
    public static Output InteractionBeta { get; } = Declared.Coordinate(
        "beta", "β of the exponential F(x) = e^(βx) (model.beta; not the temperature; empty for the polynomial kinds)",
        p => p.Interaction == Interaction.Exponential ? p.InteractionBeta : double.NaN);

    /// <summary>Stored patterns K.</summary>
    public static Output K { get; } = Declared.Coordinate("K", "stored patterns K", p => p.K, OutputKind.Integer);

    /// <summary>Fraction of the cued pattern's bits flipped in the starting state.</summary>
    public static Output Noise { get; } = Declared.Coordinate("noise", "fraction of the cued pattern's bits flipped in the starting state (exactly round(noise·N) bits)", p => p.Noise);

    /// <summary>Fraction of trials whose dynamics end exactly on the cued pattern.</summary>
    public static Output SuccessRate { get; } = Declared.Rate("success_rate", "fraction of trials whose dynamics end exactly on the cued pattern (ξ¹ for random patterns)", (_, t) => t.Success);

    /// <summary>Mean fraction of the cued pattern's bits that one update at the pattern would flip.</summary>
    public static Output BitErrorRate { get; } = Declared.Mean("bit_error_rate", "fraction of the cued pattern's bits with a negative flip cost at s = the pattern", (_, t) => t.BitErrorRate);

    /// <summary>Overlap with the cued pattern.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap m with the cued pattern (final at T = 0, time average at T > 0)", (_, t) => t.Overlap);

    /// <summary>Fraction of trials ending exactly on a stored pattern nearest to the starting state.</summary>
    public static Output ClosestRate { get; } = Declared.Rate(
        "closest_rate", "fraction of trials ending exactly on a stored pattern at the smallest Hamming distance from the starting state (the cued one, or another as close)", (_, t) => t.Closest);

    /// <summary>Fraction of trials ending exactly on some stored pattern.</summary>
    public static Output StoredRate { get; } = Declared.Rate(
        "stored_rate", "fraction of trials ending exactly on some stored pattern (its reverse does not count); the rest end in states that were never stored", (_, t) => t.Stored);

    /// <summary>Fraction of trials ending on the majority vote of all stored patterns.</summary>
    public static Output MajorityRate { get; } = Declared.Rate(
        "majority_rate", "fraction of trials ending on the majority vote sgn(Σ_μ ξ^μ_i) of all stored patterns (bits where the vote ties are free): never stored, the attractor of F = e^(βx) as β → 0", (_, t) => t.Majority);

    /// <summary>The per-bit error of the signal-to-noise theory (random patterns, polynomial kinds; NaN otherwise).</summary>
    public static Output BitErrorTheory { get; } = Declared.Theory(
        "bit_error_theory",
        "signal-to-noise per-bit error for random patterns, capped at ½: Krotov–Hopfield's for F(x) = xⁿ, the same at K/2 for the rectified polynomial (docs/physics.md); empty for the exponential and for fixed images",
        (d, p) => d.Images is null ? Theory(p.Interaction, p.Power, p.N, p.K) : double.NaN);

    /// <summary>Temperature (kept for the report and charts; not a column).</summary>
    public static Output T { get; } = Declared.Estimate("T", "temperature", (_, p, _) => new Estimate(p.T, double.NaN), hasError: false, column: false);

    /// <summary>E/N and m after every sweep of the first <see cref="EnergyTraces.Trials"/> trials (trajectories.csv).</summary>
    public static PayloadKey<EnergyTrace[]> Trajectories { get; } = Declared.Payload(
        EnergyTraces.PayloadName, "energy per neuron E/N = −Σ_μ F(ξ^μ·s)/N and overlap with the cued pattern at the starting state and after every sweep, first 3 trials (trajectories.csv)",
        (_, _, trials) => EnergyTraces.Of(trials.Select(t => t.Trace)));

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
    /// The per-bit error of the signal-to-noise theory, capped at ½ (its large-K asymptotic form exceeds ½ where it no
    /// longer applies): Krotov–Hopfield's for <c>F(x) = xⁿ</c>, <see cref="DenseMemoryTheory.RectifiedPerBitError"/> for
    /// the rectified polynomial; NaN for the exponential.
    /// </summary>
    public static double Theory(Interaction interaction, int power, int n, double k) => interaction switch
    {
        Interaction.Polynomial => Math.Min(DenseMemoryTheory.PerBitError(power, n, k), 0.5),
        Interaction.RectifiedPolynomial => Math.Min(DenseMemoryTheory.RectifiedPerBitError(power, n, k), 0.5),
        _ => double.NaN,
    };

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
        var patterns = Definition.Images?.Patterns ?? context.RandomPatterns(point.N, point.K);
        context.Record("patterns", patterns.Engine);
        int target = Definition.Images is null ? 0 : context.Trial % patterns.P;
        var memory = new DenseAssociativeMemory(patterns, point.Interaction, point.Power, point.InteractionBeta);
        var pattern = patterns.Pattern(target).ToArray();
        var state = (DenseAssociativeMemoryState)memory.CreateState(pattern);
        int unstable = 0;
        for (int i = 0; i < point.N; i++)
        {
            if (state.FlipCost(i) < 0)
            {
                unstable++;
            }
        }

        var start = pattern;
        if (point.Noise > 0)
        {
            start = Cues.Flip(pattern, point.Noise, rng);
            state.SetSpins(start);
        }

        int nearest = Max(state.Overlaps);
        var trace = EnergyTraces.For(context, () => state.Energy / point.N, () => Cues.Overlap(state.Spins, pattern));
        trace?.Record();
        double sum = 0;
        var outcome = context.Run(state, Definition.Dynamics, point.Beta, () => sum += Cues.Overlap(state.Spins, pattern), afterSweep: trace is null ? null : trace.Record);
        int ended = state.Overlaps.IndexOf(point.N);
        bool success = state.Spins.SequenceEqual(pattern);
        bool closest = ended >= 0 && patterns.Overlap(ended, start) == nearest;
        return new DenseTrial((double)unstable / point.N, success, closest, ended >= 0, OnMajorityVote(patterns, state.Spins), sum / outcome.Measurements, outcome.Sweeps)
        {
            Trace = trace?.Finish(context.Trial),
        };
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        var axis = DenseCurves.AxisOf(points);
        if (DenseCurves.Varies(points, K))
        {
            foreach (var group in DenseCurves.Groups(points, DenseAxis.K))
            {
                DeriveCapacities(group.Key, Suffix(group.Key, points), [.. group.OrderBy(p => p[K])], report);
            }
        }

        report.Chart("dense_success", () => DenseCharts.Success(points));
        if (axis != DenseAxis.Noise)
        {
            report.Chart("dense_bit_error", () => DenseCharts.BitError(points));
        }

        if (axis != DenseAxis.K || Definition.Images is not null)
        {
            report.Chart("dense_ends", () => DenseCharts.Ends(points));
        }

        // energies of different N, F, n, β or K differ by orders of magnitude: the chart keeps to one of them
        EnergyTraces.Report(
            points, Declared, Trajectories, report, "sweeps t", "energy per neuron E/N",
            p => string.Create(CultureInfo.InvariantCulture, $"{p[N]} {p.Text(InteractionLabel)} {p[Power]} {p[InteractionBeta]} {p[K]}"));
    }

    /// <summary>
    /// <c>_N{N}</c>, then what tells the curve from the others: the kind, <c>_n{n}</c> (polynomial kinds), <c>_beta{β}</c>,
    /// <c>_noise{f}</c>, <c>_T{T}</c>.
    /// </summary>
    private static string Suffix(DenseCurve curve, IReadOnlyList<PointRecord> points) =>
        string.Create(CultureInfo.InvariantCulture, $"_N{curve.N}")
        + (points.Select(InteractionOf).Distinct().Count() > 1 ? "_" + Name(curve.Interaction) : "")
        + (curve.Interaction == Interaction.Exponential ? "" : string.Create(CultureInfo.InvariantCulture, $"_n{curve.Power}"))
        + (DenseCurves.Varies(points, InteractionBeta) ? string.Create(CultureInfo.InvariantCulture, $"_beta{curve.Beta}") : "")
        + (DenseCurves.Varies(points, Noise) ? string.Create(CultureInfo.InvariantCulture, $"_noise{curve.Noise}") : "")
        + (points.Select(p => p[T]).Distinct().Count() > 1 ? string.Create(CultureInfo.InvariantCulture, $"_T{curve.T}") : "");

    /// <summary>Where success falls through ½ and the bit error rises through 10⁻² along K, beside the signal-to-noise theory.</summary>
    private void DeriveCapacities(DenseCurve key, string suffix, PointRecord[] curve, ExperimentReport report)
    {
        double[] logK = [.. curve.Select(p => Math.Log(p[K]))];
        double? share = Definition.Images is null ? DenseCharts.CrosstalkShare(key.Interaction) : null;
        string? source = share is null ? null : key.Interaction == Interaction.Polynomial
            ? "Krotov & Hopfield 2016 (signal-to-noise, F(x) = x^n)"
            : "signal-to-noise, rectified F: Krotov & Hopfield 2016 at K/2 (docs/physics.md)";

        double? errorFree = share is double s ? DenseMemoryTheory.ErrorFreeCapacity(key.Power, key.N) / s : null;
        if (errorFree is double reference)
        {
            report.Derive("K_error_free_theory" + suffix, new DerivedValue(reference, Source: source));
        }

        var success = CurveCrossing.RateCurve(logK, [.. curve.Select(p => p[SuccessRate])], Definition.Trials);
        if (CurveCrossing.FindLevel(success, 0.5) is (double lnK, double lnKError))
        {
            double k = Math.Exp(lnK);
            report.Derive("K_success_half" + suffix, new DerivedValue(k, double.IsFinite(lnKError) ? k * lnKError : null, errorFree, source));
        }

        // the bit error rate rises with K: find where −rate falls through −threshold
        var bitErrors = new CurveCrossing.Curve(
            logK,
            [.. curve.Select(p => -p[BitErrorRate])],
            [.. curve.Select(p => p.Error(BitErrorRate) > 0 ? p.Error(BitErrorRate) : 1.0 / ((int)p[N] * Definition.Trials))]);
        double? atError = share is double t ? DenseMemoryTheory.CapacityAtError(key.Power, key.N, ErrorThreshold) / t : null;
        if (CurveCrossing.FindLevel(bitErrors, -ErrorThreshold) is (double lnKe, double lnKeError))
        {
            double k = Math.Exp(lnKe);
            report.Derive("K_bit_error_1e-2" + suffix, new DerivedValue(k, double.IsFinite(lnKeError) ? k * lnKeError : null, atError, source));
        }
        else if (atError is double theoryOnly)
        {
            report.Derive("K_bit_error_1e-2_theory" + suffix, new DerivedValue(theoryOnly, Source: source));
        }
    }

    /// <summary>Whether <c>s_i = sgn(Σ_μ ξ^μ_i)</c> at every bit where the sum is not 0.</summary>
    private static bool OnMajorityVote(PatternSet patterns, ReadOnlySpan<sbyte> spins)
    {
        for (int i = 0; i < patterns.N; i++)
        {
            int vote = 0;
            foreach (sbyte x in patterns.NeuronRow(i))
            {
                vote += x;
            }

            if (vote != 0 && Math.Sign(vote) != spins[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Max(ReadOnlySpan<int> values)
    {
        int max = int.MinValue;
        foreach (int v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
