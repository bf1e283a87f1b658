using System.Globalization;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// Turns dense-memory points into <c>results.csv</c>, derived capacities and charts. Per (N, interaction, n, T):
/// <c>K_success_half</c> is the K at which the success rate falls through ½ (beside the error-free capacity
/// <c>N^{n−1}/(2(2n−3)!! ln N)</c>), and <c>K_bit_error_1e-2</c> the K at which the bit error rate rises through
/// 10⁻² (beside <see cref="DenseMemoryTheory.CapacityAtError"/>); both interpolated linearly in ln K between
/// neighbouring points, with a bootstrap error.
/// </summary>
public static class DenseReport
{
    /// <summary>The bit error threshold of the derived <c>K_bit_error_1e-2</c> capacities.</summary>
    public const double ErrorThreshold = 1e-2;

    /// <summary>The <c>results.csv</c> columns of the <c>dense</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "interaction", "n", "K", "success_rate", "success_rate_err", "bit_error_rate", "bit_error_rate_err",
        "overlap", "overlap_err", "bit_error_theory",
    ];

    /// <summary>The config name of an interaction.</summary>
    public static string Name(Interaction interaction) => interaction switch
    {
        Interaction.RectifiedPolynomial => "rectified",
        Interaction.Exponential => "exponential",
        _ => "polynomial",
    };

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(DenseDefinition definition, IReadOnlyList<DensePointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.N, Name(p.Interaction), p.Power, p.K, p.SuccessRate, p.SuccessRateErr, p.BitErrorRate, p.BitErrorRateErr,
                p.Overlap, p.OverlapErr, p.BitErrorTheory);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("dense_success", () => DenseCharts.Success(points)),
            new("dense_bit_error", () => DenseCharts.BitError(points)),
        };
        return new ExperimentOutput(table, Derived(definition, points), [], charts);
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(DenseDefinition definition, IReadOnlyList<DensePointResult> points)
    {
        var derived = new List<KeyValuePair<string, DerivedValue>>();
        bool severalT = points.Select(p => p.T).Distinct().Count() > 1;
        bool severalKinds = points.Select(p => p.Interaction).Distinct().Count() > 1;
        foreach (var group in points.GroupBy(p => (p.N, p.Interaction, p.Power, p.T)).OrderBy(g => g.Key.N).ThenBy(g => g.Key.Interaction).ThenBy(g => g.Key.Power).ThenBy(g => g.Key.T))
        {
            var (n, interaction, power, temperature) = group.Key;
            bool polynomial = interaction == Interaction.Polynomial;
            string suffix = string.Create(CultureInfo.InvariantCulture, $"_N{n}")
                + (severalKinds ? "_" + Name(interaction) : "")
                + (interaction == Interaction.Exponential ? "" : string.Create(CultureInfo.InvariantCulture, $"_n{power}"))
                + (severalT ? string.Create(CultureInfo.InvariantCulture, $"_T{temperature}") : "");
            var curve = group.OrderBy(p => p.K).ToArray();
            double[] logK = [.. curve.Select(p => Math.Log(p.K))];
            const string Source = "Krotov & Hopfield 2016 (signal-to-noise, F(x) = x^n)";

            double? errorFree = polynomial ? DenseMemoryTheory.ErrorFreeCapacity(power, n) : null;
            if (errorFree is double reference)
            {
                derived.Add(new("K_error_free_theory" + suffix, new DerivedValue(reference, Source: Source)));
            }

            var success = CurveCrossing.RateCurve(logK, [.. curve.Select(p => p.SuccessRate)], definition.Trials);
            if (CurveCrossing.FindLevel(success, 0.5) is (double lnK, double lnKError))
            {
                double k = Math.Exp(lnK);
                derived.Add(new("K_success_half" + suffix, new DerivedValue(k, double.IsFinite(lnKError) ? k * lnKError : null, errorFree, polynomial ? Source : null)));
            }

            // the bit error rate rises with K: find where −rate falls through −threshold
            var bitErrors = new CurveCrossing.Curve(
                logK,
                [.. curve.Select(p => -p.BitErrorRate)],
                [.. curve.Select(p => p.BitErrorRateErr > 0 ? p.BitErrorRateErr : 1.0 / (p.N * definition.Trials))]);
            double? atError = polynomial ? DenseMemoryTheory.CapacityAtError(power, n, ErrorThreshold) : null;
            if (CurveCrossing.FindLevel(bitErrors, -ErrorThreshold) is (double lnKe, double lnKeError))
            {
                double k = Math.Exp(lnKe);
                derived.Add(new("K_bit_error_1e-2" + suffix, new DerivedValue(k, double.IsFinite(lnKeError) ? k * lnKeError : null, atError, polynomial ? Source : null)));
            }
            else if (atError is double theoryOnly)
            {
                derived.Add(new("K_bit_error_1e-2_theory" + suffix, new DerivedValue(theoryOnly, Source: Source)));
            }
        }

        return derived;
    }
}
