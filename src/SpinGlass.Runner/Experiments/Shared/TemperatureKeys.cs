using System.Globalization;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>The temperature of a sweep, given as <c>T</c> or as <c>beta</c> (exactly one; T = 0 when neither).</summary>
internal static class TemperatureKeys
{
    public static ConfigKey<double> T { get; } = Key.Real("T", "Temperature T = 1/β; T = 0 runs to a fixed point. The default is 0.", 0.0, min: 0, sweepable: true);

    public static ConfigKey<double> Beta { get; } = Key.Real("beta", "Inverse temperature β (.inf allowed); give T or beta.", min: 0, sweepable: true, allowInfinity: true);

    public static IReadOnlyList<ConfigKey> All { get; } = [T, Beta];

    public static IReadOnlyList<string> Group { get; } = ExperimentSchema.OneOf(T, Beta);

    public static double BetaAt(ResolvedConfig config, SweepPoint point) =>
        config.Has(T) ? Temperatures.ToBeta(point.Get(T)) : point.Get(Beta);

    public static double TemperatureAt(ResolvedConfig config, SweepPoint point) =>
        config.Has(T) ? point.Get(T) : Temperatures.ToTemperature(point.Get(Beta));

    /// <summary>Zero-temperature dynamics at T &gt; 0 is a contradiction worth an error.</summary>
    public static IEnumerable<(string Path, string Message)> CheckZeroTemperatureRule(ResolvedConfig config, UpdateRule rule)
    {
        if (rule != UpdateRule.ZeroTemperature)
        {
            yield break;
        }

        var key = config.Has(T) ? T : Beta;
        foreach (double value in config.Values(key))
        {
            if (key == T ? value > 0 : !double.IsPositiveInfinity(value))
            {
                yield return (key.Path, $"the zero-temperature rule needs T = 0 (beta = .inf), got {key.Path} = {value.ToString(CultureInfo.InvariantCulture)}; use glauber or metropolis at T > 0");
                yield break;
            }
        }
    }
}
