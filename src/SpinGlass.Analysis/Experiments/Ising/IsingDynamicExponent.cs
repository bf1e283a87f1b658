using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Ising.IsingExperiment;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// The dynamic exponent z of each update rule from <c>τ_int ∝ L^z</c> (of the energy or of |m|): a weighted straight-line fit of <c>ln τ</c>
/// against <c>ln L</c> (weights from the chains' standard errors of τ, <c>σ_ln τ = σ_τ/τ</c>) over the sizes at one
/// temperature, for every (rule, T) with at least three sizes.
/// </summary>
/// <remarks>
/// References at the 2D Ising critical point: local Metropolis and Glauber dynamics z = 2.1665(12) (Nightingale &amp; Blöte,
/// Phys. Rev. Lett. 76, 4548 (1996)); Wolff clusters, τ in sweeps-equivalents, z = 0.25(1) (Coddington &amp; Baillie, Phys.
/// Rev. Lett. 68, 962 (1992)). They are quoted beside a fit on the square lattice at J &gt; 0, h = 0 within 1 % of
/// Onsager's T_c.
/// </remarks>
public static class IsingDynamicExponent
{
    private const int MinimumSizes = 3;

    /// <summary>The simple-cubic Ising T_c/J (Ferrenberg, Xu &amp; Landau, Phys. Rev. E 97, 043301 (2018)).</summary>
    internal const double CubicCriticalTemperature = 4.5115232;

    /// <summary>
    /// The fits of the τ in <paramref name="tau"/>, named <c>z_RULE{suffix}</c> when the run has one temperature, else
    /// <c>z_RULE{suffix}_T{T}</c>; empty when no (rule, T) has three sizes with finite positive τ. A dynamic exponent
    /// exists at criticality only: with several temperatures, only those within 1 % of the lattice's T_c (square:
    /// Onsager; cubic: 4.5115 J) are fitted, so a temperature scan reports no z of the ordered or disordered phase.
    /// </summary>
    /// <param name="definition">The experiment's definition.</param>
    /// <param name="points">Its points.</param>
    /// <param name="tau">The τ output: <see cref="TauEnergy"/> or <see cref="TauAbsMagnetization"/>.</param>
    /// <param name="suffix">Appended to the rule in the name ("" or "_abs_m").</param>
    public static IReadOnlyList<Fit> Fits(IsingDefinition definition, IReadOnlyList<PointRecord> points, Output tau, string suffix)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(tau);
        if (points.Select(p => p[L]).Distinct().Count() < MinimumSizes)
        {
            return []; // checked first, streaming: a sweep over 10⁵ temperatures at one size must not group its points
        }

        bool oneTemperature = points.Select(p => p[T]).Distinct().Count() == 1;
        var fits = new List<Fit>();
        foreach (var group in points.GroupBy(p => (Rule: p.Text(Rule), T: p[T])).OrderBy(g => g.Key.T).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            if (!oneTemperature && !NearCritical(definition, group.Key.T))
            {
                continue;
            }

            var usable = group.Where(p => p[tau] > 0 && double.IsFinite(p[tau])).OrderBy(p => p[L]).ToArray();
            if (usable.Select(p => p[L]).Distinct().Count() < MinimumSizes)
            {
                continue;
            }

            double[] x = [.. usable.Select(p => Math.Log(p[L]))], y = [.. usable.Select(p => Math.Log(p[tau]))];
            double[] sigma = [.. usable.Select(p => p.Error(tau) / p[tau])];
            bool weighted = sigma.All(s => s > 0 && double.IsFinite(s));
            var line = WeightedLineFit.Fit(x, y, weighted ? sigma : [.. sigma.Select(_ => 1.0)]);
            var (reference, source) = Reference(definition, group.Key.Rule, group.Key.T);
            string name = oneTemperature ? $"z_{group.Key.Rule}{suffix}" : FormattableString.Invariant($"z_{group.Key.Rule}{suffix}_T{group.Key.T:G6}");
            fits.Add(new Fit(name, group.Key.Rule, group.Key.T, line, weighted, new DerivedValue(line.Slope, line.SlopeError, reference, source)));
        }

        return fits;
    }

    private static bool NearCritical(IsingDefinition definition, double temperature)
    {
        if (definition.H != 0 || definition.J <= 0)
        {
            return false;
        }

        double? critical = definition.Lattice switch
        {
            LatticeKind.Square => OnsagerIsing.CriticalTemperature(definition.J),
            LatticeKind.Cubic => CubicCriticalTemperature * definition.J,
            _ => null,
        };
        return critical is { } tc && Math.Abs(temperature / tc - 1) <= 0.01;
    }

    private static (double? Reference, string? Source) Reference(IsingDefinition definition, string rule, double temperature)
    {
        if (definition.Lattice != LatticeKind.Square || definition.H != 0 || definition.J <= 0
            || Math.Abs(temperature / OnsagerIsing.CriticalTemperature(definition.J) - 1) > 0.01)
        {
            return (null, null);
        }

        return rule == RuleName(UpdateRule.Wolff)
            ? (0.25, "Coddington & Baillie 1992 (sweeps-equivalents)")
            : (2.1665, "Nightingale & Blöte 1996");
    }

    /// <summary>One fit of <c>ln τ = a + z ln L</c>.</summary>
    /// <param name="Name">The derived value's name in summary.json.</param>
    /// <param name="Rule">The rule's config word.</param>
    /// <param name="Temperature">The temperature of the fitted points.</param>
    /// <param name="Line">The straight-line fit (slope z).</param>
    /// <param name="Weighted">False when some τ had no error (one chain) and the fit was unweighted.</param>
    /// <param name="Value">z with its error and the reference.</param>
    public sealed record Fit(string Name, string Rule, double Temperature, WeightedLineFit Line, bool Weighted, DerivedValue Value);
}
