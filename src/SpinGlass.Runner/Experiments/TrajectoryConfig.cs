using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>trajectory</c> config keys and their binding onto a <see cref="TrajectoryDefinition"/>.</summary>
internal static class TrajectoryConfig
{
    private static readonly ConfigKey<NeuronCoding> Neurons = HopfieldModelKeys.Neurons();
    private static readonly ConfigKey<double> StartNoise =
        Key.Real("start.noise", "Fraction of bits of ξ¹ flipped in the starting cue. The default is 0.2.", 0.2, min: 0, max: 1);
    private static readonly DynamicsKeys Dynamics = new();
    private static readonly ConfigKey<int> Sweeps = Key.Int("dynamics.sweeps", "Sweeps followed (one measurement after each). The default is 20.", 20, min: 1, max: 100_000);

    public static ExperimentSchema Schema { get; } = HopfieldModelKeys.Schema(
        "trajectory",
        "Energy and overlap trajectories during recall: E(t)/N and m(t) after every sweep from a noisy cue, beside the replica-symmetric values they approach.",
        [Key.Trials(20, "Random pattern sets and cues per point"), .. HopfieldModelKeys.Load, Neurons, .. TemperatureKeys.All, StartNoise, Dynamics.Rule, Dynamics.Order, Sweeps],
        TrajectoryExperiment.Declared,
        Check);

    public static TrajectoryExperiment Build(ResolvedConfig config) => new(new TrajectoryDefinition(
        HopfieldModelKeys.RandomPatternPoints(config),
        config.Get(Neurons),
        config.Get(StartNoise),
        new ChainProtocol(config.Get(Dynamics.Rule), config.Get(Dynamics.Order), 0, 0, config.Get(Sweeps), RelaxAtZeroTemperature: false),
        config.Trials));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config) =>
        TemperatureKeys.CheckZeroTemperatureRule(config, config.Get(Dynamics.Rule)).Concat(
            // a trial records E and m after every sweep; every point keeps their means and errors for its report
            HopfieldModelKeys.CheckNetwork(config, extraPerTrial: 16L * (config.Get(Sweeps) + 1), retained: config.PointCount * 32.0 * (config.Get(Sweeps) + 1)));
}
