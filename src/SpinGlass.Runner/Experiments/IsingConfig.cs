using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Models;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>ising</c> config keys and their mapping onto an <see cref="IsingDefinition"/>.</summary>
internal static class IsingConfig
{
    private const int MinimumMeasurements = 128;

    public static ExperimentSchema Schema { get; } = new(
        "ising",
        "Equilibrium thermodynamics of Ising lattices (E, |m|, C, χ, Binder U_L vs T) beside the exact finite-lattice solutions.",
        [
            ParameterSpec.Choice("model.lattice", "Lattice: chain (ring), square or cubic, periodic. The default is square.", "square", "chain", "square", "cubic"),
            ParameterSpec.Integer("model.L", "Side length L ≥ 2 (N = L^d spins).") with { Sweepable = true, Min = 2, Max = 4096 },
            ParameterSpec.Real("model.J", "Coupling J. The default is 1.", 1.0),
            ParameterSpec.Real("model.h", "Uniform field h. The default is 0.", 0.0),
            ParameterSpec.Real("T", "Temperature T = 1/β (T = 0 is β = ∞).") with { Sweepable = true, Min = 0 },
            ParameterSpec.Real("beta", "Inverse temperature β (.inf allowed); give T or beta.") with { Sweepable = true, Min = 0, AllowInfinity = true },
            ParameterSpec.Choice("dynamics.rule", "Update rule. The default is metropolis.", "metropolis", "metropolis", "glauber"),
            ParameterSpec.Choice(
                "dynamics.order",
                "Site order within a sweep: random, sequential, or checkerboard (even then odd sites; on square lattices of even L " +
                "this runs the fast samplers: multispin coding for metropolis at h = 0, vectorised checkerboard otherwise). The default is random.",
                "random",
                "random",
                "sequential",
                "checkerboard"),
            ParameterSpec.Integer("dynamics.thermalize", "Sweeps discarded before measuring. The default is 2000.", 2000) with { Min = 0 },
            ParameterSpec.Integer("dynamics.measure", "Sweeps measured. The default is 20000.", 20000) with { Min = 1 },
            ParameterSpec.Integer("dynamics.measure_every", "Sweeps between measurements. The default is 1.", 1) with { Min = 1 },
        ])
    {
        Columns = IsingReport.Columns,
        ExclusiveGroups = [["T", "beta"]],
        CrossCheck = Check,
    };

    public static IsingExperiment Build(ResolvedConfig config)
    {
        var lattice = Enum.Parse<LatticeKind>(config.GetText("model.lattice"), ignoreCase: true);
        bool byTemperature = config.HasValue("T");
        var points = config.Points
            .Select(p => byTemperature ? IsingPoint.AtTemperature((int)p.Int("model.L"), p.Real("T")) : IsingPoint.AtBeta((int)p.Int("model.L"), p.Real("beta")))
            .ToArray();
        var rule = config.GetText("dynamics.rule") == "glauber" ? UpdateRule.Glauber : UpdateRule.Metropolis;
        var order = config.GetText("dynamics.order") switch
        {
            "sequential" => SiteOrder.Sequential,
            "checkerboard" => SiteOrder.Checkerboard,
            _ => SiteOrder.Random,
        };
        return new IsingExperiment(new IsingDefinition(
            lattice,
            points,
            config.GetReal("model.J"),
            config.GetReal("model.h"),
            rule,
            order,
            new RunProtocol((int)config.GetInt("dynamics.thermalize"), (int)config.GetInt("dynamics.measure"), (int)config.GetInt("dynamics.measure_every")),
            (int)config.Trials));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long measurements = config.GetInt("dynamics.measure") / config.GetInt("dynamics.measure_every");
        if (measurements < MinimumMeasurements)
        {
            yield return ("dynamics.measure",
                $"gives {measurements} measurements (measure / measure_every); at least {MinimumMeasurements} are needed for binned error bars");
        }

        string lattice = config.GetText("model.lattice");
        long maxL = lattice switch { "chain" => 1L << 24, "square" => 4096, _ => 256 };
        foreach (var value in config.Values("model.L"))
        {
            if ((long)value > maxL)
            {
                yield return ("model.L", $"L = {value} is too large for a {lattice} lattice (at most {maxL})");
            }
        }
    }
}
