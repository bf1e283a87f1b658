using OxyPlot;
using OxyPlot.Annotations;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Exact;
using SpinGlass.Models;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Ising.IsingExperiment;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>Chart factories of the <c>ising</c> experiment: one observable against T, a series per L, exact curves beside.</summary>
public static class IsingCharts
{
    private const int CurvePoints = 241;

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
        double tMin = points.Count == 0 ? 0 : points.Min(p => p[T]), tMax = points.Count == 0 ? 1 : points.Max(p => p[T]);
        for (int k = 0; k < sizes.Length; k++)
        {
            var color = ChartStyle.Color(k);
            var data = ChartStyle.Data($"L = {sizes[k]}", color);
            foreach (var p in points.Where(p => (int)p[L] == sizes[k]).OrderBy(p => p[T]))
            {
                double y = p[output], err = p.Error(output);
                if (double.IsFinite(y))
                {
                    data.Points.Add(new OxyPlot.Series.ScatterErrorPoint(p[T], y, 0, double.IsFinite(err) ? err : 0));
                }
            }

            model.Series.Add(data);
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

        return model;
    }

    private static void AddOnsager(PlotModel model, double j, IsingQuantity quantity, double tMin, double tMax)
    {
        double tc = OnsagerIsing.CriticalTemperature(j);
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = tc,
            Color = OxyColors.Gray,
            LineStyle = LineStyle.Dot,
            Text = "T_c (Onsager)",
            TextColor = OxyColors.Gray,
        });
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
