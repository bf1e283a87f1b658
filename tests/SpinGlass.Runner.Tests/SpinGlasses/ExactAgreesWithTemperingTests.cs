using System.Globalization;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.SpinGlasses;

/// <summary>
/// The two routes to a spin glass's thermodynamics agree: <c>exact</c> (every state enumerated) and <c>spin-glass</c>
/// (parallel tempering, errors over independent runs) on the shipped triangle and on small SK and 2D EA instances written
/// as couplings files — energy, q2 and g within 4 standard errors at every temperature; and the comparison has the power
/// to see a wrong temperature.
/// </summary>
public sealed class ExactAgreesWithTemperingTests : IDisposable
{
    private static readonly double[] Temperatures = [0.5, 0.8, 1.3, 2.0];
    private readonly CliHarness _cli = new();

    public static TheoryData<string> Instances => new() { "triangle", "sk-10", "ea2d-3" };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Exact_and_parallel_tempering_agree_within_errors(string instance)
    {
        string couplings = Couplings(instance);
        var exact = Results(Run("exact", couplings, ""));
        var tempering = Results(Run("spin-glass", couplings, "trials: 24\nreplicas: 2\ndynamics: { rule: metropolis, thermalize: 500, measure: 4000, exchange_every: 1 }\n"));
        foreach (double t in Temperatures)
        {
            var e = exact[t];
            var s = tempering[t];
            foreach (string column in new[] { "energy", "q2", "binder_g" })
            {
                double difference = Math.Abs(e[column] - s[column]);
                double error = s[column + "_err"];
                Assert.True(difference <= 4 * error + 1e-9, $"{instance} T = {t}: {column} exact {e[column]:F5}, tempering {s[column]:F5} ± {error:F5}");
            }
        }

        // power: the tempering energy at T = 0.8 is many errors away from the exact energy at T = 2
        double wrong = Math.Abs(exact[2.0]["energy"] - tempering[0.8]["energy"]);
        Assert.True(wrong > 8 * tempering[0.8]["energy_err"], $"{instance}: a wrong temperature would pass ({wrong} vs {tempering[0.8]["energy_err"]})");
    }

    public void Dispose() => _cli.Dispose();

    private string Couplings(string instance)
    {
        if (instance == "triangle")
        {
            return Path.Combine(CliHarness.RepositoryRoot, "configs", "exact-triangle.txt");
        }

        var bonds = instance == "sk-10"
            ? BondList.SherringtonKirkpatrick(10, gaussian: true, new Xoshiro256StarStar(11))
            : BondList.EdwardsAnderson(2, 3, gaussian: false, new Xoshiro256StarStar(12));
        var lines = Enumerable.Range(0, bonds.Count).Select(b => string.Create(CultureInfo.InvariantCulture, $"{bonds[b].I} {bonds[b].J} {bonds[b].Strength:R}"));
        return _cli.Write(instance + ".txt", string.Join('\n', lines) + "\n");
    }

    private string Run(string experiment, string couplings, string extra)
    {
        string t = string.Join(", ", Temperatures.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        string config = _cli.Write($"{experiment}-{Path.GetFileNameWithoutExtension(couplings)}.yaml",
            $"experiment: {experiment}\nseed: 7\nmodel: {{ couplings: '{couplings}' }}\nT: [{t}]\n{extra}");
        string outDirectory = Path.Combine(_cli.Root, Path.GetFileNameWithoutExtension(config));
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDirectory, "--quiet", "--no-charts");
        Assert.True(exit == 0, log);
        return Path.Combine(outDirectory, "results.csv");
    }

    private static Dictionary<double, Dictionary<string, double>> Results(string path) =>
        ResultsCsv.Read(path).ToDictionary(row => Math.Round(row["T"], 6));
}
