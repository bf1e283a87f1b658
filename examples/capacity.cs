#:project ../src/SpinGlass.Analysis/SpinGlass.Analysis.csproj
// The capacity of the Hopfield network: start at a stored pattern, relax at T = 0, and measure the final overlap m
// against the load α = p/N, beside the zero-temperature replica-symmetric theory of Amit, Gutfreund & Sompolinsky
// (retrieval up to α_c ≈ 0.138). Writes capacity.csv and capacity.svg (OxyPlot's SVG exporter) in the current
// directory. Run: dotnet run examples/capacity.cs
using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

const int n = 400, samples = 8;
var rng = new Xoshiro256StarStar(138);
var csv = new List<string> { "alpha,overlap,overlap_err,theory" };
var measured = new ScatterErrorSeries { Title = $"measured, N = {n}", MarkerType = MarkerType.Circle };
var theory = new LineSeries { Title = "AGS theory, N → ∞" };
for (double alpha = 0.04; alpha <= 0.2001; alpha += 0.02)
{
    int p = (int)Math.Round(alpha * n);
    var overlaps = new double[samples];
    for (int k = 0; k < samples; k++)
    {
        var patterns = PatternSet.Random(n, p, rng);
        var start = new sbyte[n];
        patterns.CopyPattern(0, start);
        var state = (IEnergyState)new HopfieldNetwork(patterns).CreateState(start);
        new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), rng).RunToFixedPoint(200);
        overlaps[k] = (double)patterns.Overlap(0, state.Spins) / n;
    }

    double mean = overlaps.Average();
    double error = Math.Sqrt(overlaps.Sum(m => (m - mean) * (m - mean)) / (samples - 1) / samples);
    double? m0 = ZeroTemperatureAgs.Retrieval(p / (double)n)?.M;
    csv.Add(string.Create(CultureInfo.InvariantCulture, $"{p / (double)n},{mean:F4},{error:F4},{(m0 is { } m ? m.ToString("F4", CultureInfo.InvariantCulture) : "")}"));
    measured.Points.Add(new ScatterErrorPoint(p / (double)n, mean, 0, error));
}

for (double alpha = 0.005; alpha < AgsPhaseDiagram.CriticalLoad; alpha += 0.0025)
{
    theory.Points.Add(new DataPoint(alpha, ZeroTemperatureAgs.Retrieval(alpha)!.Value.M));
}

// OxyPlot's SVG exporter cannot measure text, so a legend box would clip its labels: the subtitle says what is drawn
var model = new PlotModel
{
    Title = "Hopfield capacity: overlap after relaxing from a stored pattern",
    Subtitle = $"line: AGS theory (N → ∞); points: N = {n}, mean ± s.e. of {samples} sets",
    TitleFontSize = 15,
    SubtitleFontSize = 11,
    DefaultFont = "DejaVu Sans",
    PlotMargins = new OxyThickness(70, 10, 20, 50),
};
model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "load α = p/N", Minimum = 0, Maximum = 0.21 });
model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "final overlap m", Minimum = 0, Maximum = 1.05, AxisTitleDistance = 14 });
model.Series.Add(theory);
model.Series.Add(measured);
File.WriteAllLines("capacity.csv", csv);
using (var svg = File.Create("capacity.svg"))
{
    new SvgExporter { Width = 720, Height = 460 }.Export(model, svg);
}

csv.ForEach(Console.WriteLine);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# α_c (AGS) = {AgsPhaseDiagram.CriticalLoad:F4}; wrote capacity.csv and capacity.svg"));
