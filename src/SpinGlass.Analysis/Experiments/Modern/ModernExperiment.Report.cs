using System.Globalization;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Modern;

namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>The report of a <c>modern</c> run: capacities, the fit of ln M_c against d, the attention identity, the charts.</summary>
public sealed partial class ModernExperiment
{
    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        var groups = ModernCharts.Groups(points);
        var capacities = new List<(double Beta, double Noise, double Mask, double D, double LnM, double Error)>();
        foreach (var group in groups)
        {
            var (d, beta, noise, mask) = group.Key;
            // a capacity needs a curve in M: at least three values (a β or cue sweep at two M is not one)
            var curve = group.OrderBy(p => p[M]).ToArray();
            if (curve.Length < 3)
            {
                continue;
            }

            string suffix = string.Create(CultureInfo.InvariantCulture, $"_d{d}")
                + (groups.Select(g => g.Key.Beta).Distinct().Count() > 1 ? string.Create(CultureInfo.InvariantCulture, $"_beta{beta}") : "")
                + (groups.Select(g => (g.Key.Noise, g.Key.Mask)).Distinct().Count() > 1 ? string.Create(CultureInfo.InvariantCulture, $"_noise{noise}_mask{mask}") : "");
            double[] lnM = [.. curve.Select(p => Math.Log(p[M]))];
            int cues = Definition.Trials * (Definition.Images?.Patterns.P ?? Definition.Queries);
            string classical = string.Create(CultureInfo.InvariantCulture, $"M_classical_theory_d{d}");
            if (!report.Derived.Any(v => v.Key == classical))
            {
                report.Derive(classical, new DerivedValue(ClassicalAlpha * d, Source: "Amit, Gutfreund & Sompolinsky 1987: classical capacity 0.138·d"));
            }
            if (CurveCrossing.FindLevel(CurveCrossing.RateCurve(lnM, [.. curve.Select(p => p[RetrievalRate])], cues), 0.5) is (double ln, double lnError))
            {
                double mc = Math.Exp(ln);
                report.Derive("M_c" + suffix, new DerivedValue(mc, double.IsFinite(lnError) ? mc * lnError : null));
                capacities.Add((beta, noise, mask, d, ln, double.IsFinite(lnError) && lnError > 0 ? lnError : 0.1));
            }

            if (CurveCrossing.FindLevel(CurveCrossing.RateCurve(lnM, [.. curve.Select(p => p[ClassicalRate])], cues), 0.5) is (double lc, double lcError))
            {
                double mc = Math.Exp(lc);
                report.Derive("M_c_classical" + suffix, new DerivedValue(mc, double.IsFinite(lcError) ? mc * lcError : null));
            }
        }

        // ln M_c = a·d + b per (β, cue): capacities of different β or cues are different curves
        var fits = capacities.GroupBy(c => (c.Beta, c.Noise, c.Mask)).Where(g => g.Select(c => c.D).Distinct().Count() >= 2).ToArray();
        foreach (var fit in fits)
        {
            string suffix = fits.Length == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"_beta{fit.Key.Beta}_noise{fit.Key.Noise}_mask{fit.Key.Mask}");
            var (slope, slopeError, intercept, interceptError, chi2) = WeightedLine([.. fit.Select(c => (c.D, c.LnM, c.Error))]);
            report.Derive("ln_M_c_slope" + suffix, new DerivedValue(slope, slopeError));
            report.Derive("ln_M_c_intercept" + suffix, new DerivedValue(intercept, interceptError));
            if (fit.Count() > 2)
            {
                report.Derive("ln_M_c_fit_chi2_per_dof" + suffix, new DerivedValue(chi2 / (fit.Count() - 2)));
            }
        }

        // the attention identity on the engine this run used, and on the managed product
        report.Table("attention_identity.csv", AttentionIdentity.Table(MatrixProduct.Default is ManagedMatrixProduct
            ? [MatrixProduct.Default]
            : [MatrixProduct.Default, new ManagedMatrixProduct()]));
        report.Chart("modern_retrieval", () => ModernCharts.Retrieval(points));
        if (points.Select(p => p[Beta]).Distinct().Count() > 1)
        {
            report.Chart("modern_beta", () => ModernCharts.BetaRegimes(points));
        }

        if (Definition.Images is { } images)
        {
            report.Chart("gallery", () => ModernCharts.Gallery(images, points));
        }

        // E(ξ) scales with the patterns' norm d and with β: the chart keeps to one (d, β)
        EnergyTraces.Report(
            points, Declared, Trajectories, report, "updates t", "modern energy per dimension E(ξ)/d",
            p => string.Create(CultureInfo.InvariantCulture, $"{p[D]} {p[Beta]}"));
    }
}
