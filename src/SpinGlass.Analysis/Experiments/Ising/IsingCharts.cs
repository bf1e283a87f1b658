using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Exact;
using SpinGlass.Models;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Ising.IsingExperiment;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// Chart factories of the <c>ising</c> experiment: one observable against T, a series per L (and rule), exact curves beside;
/// τ_int against L per rule with the fitted dynamic exponents.
/// </summary>
public static class IsingCharts
{
    private const int CurvePoints = 241;
    private static readonly MarkerType[] Markers = [MarkerType.Circle, MarkerType.Square, MarkerType.Triangle];

    /// <summary>The file name (without extension) of a quantity's chart.</summary>
    public static string FileName(IsingQuantity quantity) => quantity switch
    {
        IsingQuantity.Energy => "energy",
        IsingQuantity.AbsMagnetization => "magnetization",
        IsingQuantity.SpecificHeat => "specific_heat",
        IsingQuantity.Susceptibility => "susceptibility",
        _ => "binder",
    };

    /// <summary>The chart of <paramref name="quantity"/> vs T.</summary>
    public static PlotModel Create(IsingDefinition definition, IReadOnlyList<PointRecord> points, IsingQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var (title, axis) = Titles(quantity);
        string lattice = definition.Lattice.ToString().ToLowerInvariant();
        var model = ChartStyle.Create($"{title}, {lattice} Ising lattice", "T", axis,
            quantity is IsingQuantity.Energy ? OxyPlot.Legends.LegendPosition.LeftTop : OxyPlot.Legends.LegendPosition.RightTop);
        var output = OutputOf(quantity);
        var sizes = points.Select(p => (int)p[L]).Distinct().Order().ToArray();
        var rules = points.Select(p => p.Text(Rule)).Distinct().Order(StringComparer.Ordinal).ToArray();
        double tMin = points.Count == 0 ? 0 : points.Min(p => p[T]), tMax = points.Count == 0 ? 1 : points.Max(p => p[T]);
        for (int k = 0; k < sizes.Length; k++)
        {
            var color = ChartStyle.Color(k);
            for (int r = 0; r < rules.Length; r++)
            {
                var data = ChartStyle.Data(rules.Length > 1 ? $"L = {sizes[k]}, {rules[r]}" : $"L = {sizes[k]}", color);
                data.MarkerType = Markers[r % Markers.Length];
                AddPoints(data, points.Where(p => (int)p[L] == sizes[k] && p.Text(Rule) == rules[r]), output);
                model.Series.Add(data);
            }

            if (quantity is IsingQuantity.Energy or IsingQuantity.SpecificHeat && IsingExact.IsKnown(definition.Lattice, sizes[k], definition.J, definition.H))
            {
                var curve = ChartStyle.Theory($"{IsingExact.SourceName(definition.Lattice)} L = {sizes[k]}", color);
                foreach (double t in Grid(tMin, tMax))
                {
                    var exact = IsingExact.At(definition.Lattice, sizes[k], definition.J, definition.H, Temperatures.ToBeta(t));
                    curve.Points.Add(new DataPoint(t, quantity == IsingQuantity.Energy ? exact.Energy : exact.SpecificHeat));
                }

                model.Series.Add(curve);
            }
        }

        if (definition.Lattice == LatticeKind.Square && definition.H == 0 && definition.J > 0)
        {
            AddOnsager(model, definition.J, quantity, tMin, tMax);
        }
        else if (definition.Lattice == LatticeKind.Cubic && definition.H == 0 && definition.J > 0)
        {
            AddCriticalTemperature(model, IsingDynamicExponent.CubicCriticalTemperature * definition.J, "T_c (Ferrenberg, Xu & Landau 2018)");
        }

        return model;
    }

    /// <summary>
    /// τ_int of <paramref name="observable"/> against L on log-log axes, a series per (rule, T) with its fitted line
    /// <c>τ ∝ L^z</c> (<see cref="IsingDynamicExponent"/>); wolff's τ is in sweeps-equivalents.
    /// </summary>
    public static PlotModel Tau(IsingDefinition definition, IReadOnlyList<PointRecord> points, IReadOnlyList<IsingDynamicExponent.Fit> fits, Output tau, string observable)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(fits);
        ArgumentNullException.ThrowIfNull(tau);
        string lattice = definition.Lattice.ToString().ToLowerInvariant();
        const string yTitle = "τ_int (sweeps; wolff: sweeps-equivalents)";
        var grid = OxyColor.FromRgb(0xdd, 0xdd, 0xdd);
        var model = ChartStyle.Create($"Autocorrelation time of {observable}, {lattice} Ising lattice", "L", yTitle, OxyPlot.Legends.LegendPosition.LeftTop);
        model.Axes[0] = new LogarithmicAxis
        {
            Position = AxisPosition.Bottom, Title = "L", MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = grid, MinimumPadding = 0.05, MaximumPadding = 0.05,
        };
        model.Axes[1] = new LogarithmicAxis
        {
            Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = grid, MinimumPadding = 0.05, MaximumPadding = 0.1,
        };
        bool oneTemperature = fits.Select(f => f.Temperature).Distinct().Count() == 1;
        for (int k = 0; k < fits.Count; k++)
        {
            var fit = fits[k];
            var color = ChartStyle.Color(k);
            string label = oneTemperature ? fit.Rule : FormattableString.Invariant($"{fit.Rule}, T = {fit.Temperature:G4}");
            var data = ChartStyle.Data(label, color);
            data.MarkerType = Markers[k % Markers.Length];
            var group = points.Where(p => p.Text(Rule) == fit.Rule && p[T] == fit.Temperature && p[tau] > 0).OrderBy(p => p[L]).ToArray();
            foreach (var p in group)
            {
                double err = p.Error(tau);
                data.Points.Add(new OxyPlot.Series.ScatterErrorPoint(p[L], p[tau], 0, double.IsFinite(err) ? Math.Min(err, 0.9 * p[tau]) : 0));
            }

            model.Series.Add(data);
            var line = ChartStyle.Theory(FormattableString.Invariant($"fit τ ∝ L^z, z = {fit.Line.Slope:F3} ± {fit.Line.SlopeError:F3}"), color, LineStyle.Solid);
            foreach (double l in new[] { group[0][L], group[^1][L] })
            {
                line.Points.Add(new DataPoint(l, Math.Exp(fit.Line.Intercept + fit.Line.Slope * Math.Log(l))));
            }

            model.Series.Add(line);
        }

        return model;
    }

    private static void AddPoints(OxyPlot.Series.ScatterErrorSeries data, IEnumerable<PointRecord> points, Output output)
    {
        foreach (var p in points.OrderBy(p => p[T]))
        {
            double y = p[output], err = p.Error(output);
            if (double.IsFinite(y))
            {
                data.Points.Add(new OxyPlot.Series.ScatterErrorPoint(p[T], y, 0, double.IsFinite(err) ? err : 0));
            }
        }
    }

    private static void AddCriticalTemperature(PlotModel model, double tc, string label) =>
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = tc,
            Color = OxyColors.Gray,
            LineStyle = LineStyle.Dot,
            Text = label,
            TextColor = OxyColors.Gray,
        });

    private static void AddOnsager(PlotModel model, double j, IsingQuantity quantity, double tMin, double tMax)
    {
        AddCriticalTemperature(model, OnsagerIsing.CriticalTemperature(j), "T_c (Onsager)");
        Func<double, double>? curve = quantity switch
        {
            IsingQuantity.Energy => b => OnsagerIsing.EnergyPerSpin(b, j),
            IsingQuantity.AbsMagnetization => b => OnsagerIsing.SpontaneousMagnetisation(b, j),
            IsingQuantity.SpecificHeat => b => OnsagerIsing.SpecificHeatPerSpin(b, j),
            _ => null,
        };
        if (curve is null)
        {
            return;
        }

        var series = ChartStyle.Theory(quantity == IsingQuantity.AbsMagnetization ? "Yang L → ∞" : "Onsager L → ∞", OxyColors.Black, LineStyle.Solid);
        foreach (double t in Grid(tMin, tMax))
        {
            double y = curve(Temperatures.ToBeta(t));
            series.Points.Add(double.IsFinite(y) ? new DataPoint(t, y) : DataPoint.Undefined);
        }

        model.Series.Add(series);
    }

    private static IEnumerable<double> Grid(double tMin, double tMax)
    {
        for (int k = 0; k < CurvePoints; k++)
        {
            double t = tMin + (tMax - tMin) * k / (CurvePoints - 1);
            if (t > 0)
            {
                yield return t;
            }
        }
    }

    private static (string Title, string Axis) Titles(IsingQuantity quantity) => quantity switch
    {
        IsingQuantity.Energy => ("Energy per spin", "E/N"),
        IsingQuantity.AbsMagnetization => ("Magnetisation per spin", "⟨|m|⟩"),
        IsingQuantity.SpecificHeat => ("Specific heat per spin", "C/N"),
        IsingQuantity.Susceptibility => ("Susceptibility per spin", "χ/N"),
        _ => ("Binder cumulant", "U_L = 1 − ⟨m⁴⟩/(3⟨m²⟩²)"),
    };

    private static Output OutputOf(IsingQuantity quantity) => quantity switch
    {
        IsingQuantity.Energy => Energy,
        IsingQuantity.AbsMagnetization => AbsMagnetization,
        IsingQuantity.SpecificHeat => SpecificHeat,
        IsingQuantity.Susceptibility => Susceptibility,
        _ => Binder,
    };
}
