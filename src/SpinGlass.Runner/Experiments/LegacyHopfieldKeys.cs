using System.Globalization;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>Temporary: the string-keyed helpers of the configs not yet moved to typed keys (Shared/).</summary>
internal static class HopfieldKeys
{
    public static IEnumerable<ParameterSpec> Temperature() =>
    [
        ParameterSpec.Real("T", "Temperature T = 1/β; T = 0 runs to a fixed point. The default is 0.", 0.0) with { Sweepable = true, Min = 0 },
        ParameterSpec.Real("beta", "Inverse temperature β (.inf allowed); give T or beta.") with { Sweepable = true, Min = 0, AllowInfinity = true },
    ];

    public static IEnumerable<ParameterSpec> Dynamics(string defaultRule = "zero-temperature") =>
    [
        ParameterSpec.Choice("dynamics.rule", $"Update rule. The default is {defaultRule}.", defaultRule, "zero-temperature", "glauber", "metropolis", "synchronous"),
        ParameterSpec.Choice("dynamics.order", "Site order of asynchronous rules. The default is random.", "random", "random", "sequential"),
        ParameterSpec.Integer("dynamics.max_sweeps", "Sweep limit at T = 0 (stops earlier at a fixed point). The default is 100.", 100) with { Min = 1 },
        ParameterSpec.Integer("dynamics.thermalize", "Sweeps before measuring at T > 0. The default is 50.", 50) with { Min = 0 },
        ParameterSpec.Integer("dynamics.measure", "Sweeps measured at T > 0 (overlap averaged). The default is 50.", 50) with { Min = 1 },
    ];

    public static double Beta(ResolvedConfig config, SweepPoint point) =>
        config.HasValue("T") ? Temperatures.ToBeta(point.Real("T")) : point.Real("beta");

    public static double Temperature(ResolvedConfig config, SweepPoint point) =>
        config.HasValue("T") ? point.Real("T") : Temperatures.ToTemperature(point.Real("beta"));

    public static RecallDynamics Recall(ResolvedConfig config) => new(
        config.GetText("dynamics.rule") switch
        {
            "glauber" => UpdateRule.Glauber,
            "metropolis" => UpdateRule.Metropolis,
            "synchronous" => UpdateRule.Synchronous,
            _ => UpdateRule.ZeroTemperature,
        },
        config.GetText("dynamics.order") == "sequential" ? SiteOrder.Sequential : SiteOrder.Random,
        (int)config.GetInt("dynamics.max_sweeps"),
        (int)config.GetInt("dynamics.thermalize"),
        (int)config.GetInt("dynamics.measure"));

    /// <summary>Zero-temperature dynamics at T &gt; 0 is a contradiction worth an error.</summary>
    public static IEnumerable<(string Path, string Message)> CheckRule(ResolvedConfig config)
    {
        if (config.GetText("dynamics.rule") != "zero-temperature")
        {
            yield break;
        }

        string key = config.HasValue("T") ? "T" : "beta";
        foreach (double value in config.Values(key).Cast<double>())
        {
            if (key == "T" ? value > 0 : !double.IsPositiveInfinity(value))
            {
                yield return (key, $"the zero-temperature rule needs T = 0 (beta = .inf), got {key} = {value.ToString(CultureInfo.InvariantCulture)}; use glauber or metropolis at T > 0");
                yield break;
            }
        }
    }

    /// <summary>The (N, p, α, T) points of a random-pattern sweep over model.N, model.alpha or model.p, and T or beta.</summary>
    public static CapacityPoint[] RandomPatternPoints(ResolvedConfig config)
    {
        bool byAlpha = config.HasValue("model.alpha");
        return [.. config.Points.Select(point =>
        {
            int n = (int)point.Int("model.N");
            double alpha = byAlpha ? point.Real("model.alpha") : (double)point.Int("model.p") / n;
            int p = byAlpha ? Shared.HopfieldModelKeys.PatternsFor(n, alpha) : (int)point.Int("model.p");
            return new CapacityPoint(n, p, alpha, Temperature(config, point), Beta(config, point));
        })];
    }

    /// <summary>The largest N and the largest p of a random-pattern sweep (keys model.N and model.alpha or model.p).</summary>
    public static (long N, long P) LargestNetwork(ResolvedConfig config)
    {
        long n = config.Values("model.N").Cast<long>().Max();
        long p = config.HasValue("model.alpha")
            ? Shared.HopfieldModelKeys.PatternsFor((int)n, config.Values("model.alpha").Cast<double>().Max())
            : config.Values("model.p").Cast<long>().Max();
        return (n, p);
    }

    public static IEnumerable<(string Path, string Message)> CheckMemory(long largestN, long largestP, string path, long tasks = long.MaxValue) =>
        Shared.HopfieldModelKeys.CheckMemory(largestN, largestP, path, tasks);
}
