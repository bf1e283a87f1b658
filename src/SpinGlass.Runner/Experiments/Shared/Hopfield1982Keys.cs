using SpinGlass.Analysis.Experiments;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The keys of Hopfield's 1982 experiments (<c>stability</c>, <c>merging</c>), declared once: his binary neurons by
/// default, and a <c>dynamics</c> block that only relaxes at T = 0 (asynchronous zero-temperature or synchronous
/// rule, site order, sweep limit).
/// </summary>
internal static class Hopfield1982Keys
{
    private static readonly DynamicsKeys ZeroTemperature = new(
        rules: [UpdateRule.ZeroTemperature, UpdateRule.Synchronous],
        ruleDescription: "Update rule at T = 0: asynchronous zero-temperature or synchronous. The default is zero-temperature.");

    public static ConfigKey<NeuronCoding> Neurons { get; } = Key.Choice(
        "model.neurons",
        "binary (Hopfield 1982 0/1 neurons, thresholds 0) or spin (±1, couplings/N). The default is binary with rule hebb and spin with the other rules (binary neurons go with plain Hebb).",
        NeuronCoding.Binary,
        [NeuronCoding.Binary, NeuronCoding.Spin]);

    /// <summary>The neurons of a config: as given, else binary for plain Hebb and spin for the other learning rules.</summary>
    public static NeuronCoding Coding(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.IsGiven(Neurons) || LearningKeys.Learning(config).IsPlainHebb ? config.Get(Neurons) : NeuronCoding.Spin;
    }

    /// <summary>The <c>dynamics</c> keys: rule, order and the sweep limit.</summary>
    public static IReadOnlyList<ConfigKey> Dynamics { get; } = [ZeroTemperature.Rule, ZeroTemperature.Order, ZeroTemperature.MaxSweeps!];

    /// <summary>The zero-temperature relaxation the <c>dynamics</c> block describes.</summary>
    public static ChainProtocol Relaxation(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ChainProtocol(config.Get(ZeroTemperature.Rule), config.Get(ZeroTemperature.Order), config.Get(ZeroTemperature.MaxSweeps!), 0, 1);
    }
}
