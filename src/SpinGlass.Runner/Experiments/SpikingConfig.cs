using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Spiking;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Spiking;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>spiking</c> config keys (docs/spiking.md) and their binding onto a <see cref="SpikingDefinition"/>.</summary>
internal static class SpikingConfig
{
    private const int BinaryMaxSweeps = 200;
    private static readonly NeuronParameters Neuron = NeuronParameters.Default;
    private static readonly NetworkDrive Drives = NetworkDrive.Default;
    private static readonly SpikingProtocol Times = SpikingProtocol.Default;

    private static readonly ConfigKey<int> N = HopfieldModelKeys.N.With(spec => spec with { Description = "Number of neurons N. The default is 1000.", Default = 1000L, Max = 20_000 });
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Stored patterns p; or give alpha. The default is 5.", Default = 5L });
    private static readonly ConfigKey<LearningRule> Rule = LearningKeys.Rule.With(spec => spec with
    {
        Description = "How the couplings are learned (hebb, storkey, pseudo-inverse, covariance; docs/learning-rules.md); the spiking weights are w = 4J, θ = 2ΣJ − 2b. The default is covariance.",
        Default = ConfigWords.Of(LearningRule.Covariance),
    });

    private static readonly ConfigKey<double> Coding = LearningKeys.Coding.With(spec => spec with
    {
        Description = "Coding level a of the random patterns (fraction of active units), 0 < a ≤ 0.5. The default is 0.1.",
        Default = 0.1,
        Optional = false,
    });

    private static readonly ConfigKey<double> Threshold = LearningKeys.Threshold.With(spec => spec with { Optional = true });
    private static readonly ConfigKey<NeuronModel> Model = Key.Choice<NeuronModel>("model.neuron", "lif (leaky integrate-and-fire) or srm (spike-response model with escape noise). The default is lif.", NeuronModel.Lif);
    private static readonly ConfigKey<double> TauM = Time("model.tau_m", "Membrane time constant τ_m (ms)", Neuron.TauM);
    private static readonly ConfigKey<double> TauS = Time("model.tau_s", "Synaptic time constant τ_s (ms) of the exponential synaptic current", Neuron.TauS);
    private static readonly ConfigKey<double> FiringThreshold = Key.Real("model.firing_threshold", "Firing threshold ϑ (potential; rest is 0). The default is 1.", Neuron.Threshold, min: 0, minExclusive: true, max: 100);
    private static readonly ConfigKey<double> Reset = Key.Real("model.reset", "LIF reset potential u_r, below ϑ. The default is 0 (rest).", Neuron.Reset, min: -100, max: 100);
    private static readonly ConfigKey<double> Refractory = Key.Real("model.refractory", "Absolute refractory period t_ref (ms). The default is 2.", Neuron.Refractory, min: 0, max: 1000);
    private static readonly ConfigKey<double> Rho0 = Key.Real("model.rho0", "SRM escape rate ρ₀ at threshold (Hz): ρ(u) = ρ₀ exp((u − ϑ)/Δu). The default is 100.", Neuron.Rho0 * 1000, min: 0, minExclusive: true, max: 1e6);
    private static readonly ConfigKey<double> DeltaU = Key.Real("model.delta_u", "SRM escape-noise width Δu (potential). The default is 0.05.", Neuron.DeltaU, min: 0, minExclusive: true, max: 100);
    private static readonly ConfigKey<double> Eta0 = Key.Real("model.eta0", "SRM after-potential η(s) = −η₀ e^{−s/τ_η}: its amplitude η₀. The default is 1.", Neuron.Eta0, min: 0, max: 100);
    private static readonly ConfigKey<double> TauEta = Time("model.tau_eta", "SRM after-potential time constant τ_η (ms)", Neuron.TauEta);
    private static readonly ConfigKey<double> Sigma = Key.Real("model.sigma", "Input noise: standard deviation σ of the free membrane potential's fluctuations (white noise in the current). The default is 0.1.", Neuron.Sigma, min: 0, max: 100);
    private static readonly ConfigKey<double> Bias = Key.Real("model.bias", "Constant input I₀ (potential). The default is 1.2.", Drives.Bias, min: -100, max: 100);
    private static readonly ConfigKey<double> Gain = Key.Real("model.gain", "κ: potential per unit of learned field Σ_j w_ij x_j − θ_i. The default is 0.8.", Drives.Gain, min: 0, max: 100);
    private static readonly ConfigKey<double> Inhibition = Key.Real("model.inhibition", "g: global inhibition −κ g x̄ per unit of population activity x̄. The default is 3.", Drives.Inhibition, min: 0, max: 1000);
    private static readonly ConfigKey<double> ReferenceRate = Key.Real("model.reference_rate", "ν_ref (Hz): a neuron firing steadily at ν_ref has filtered activity x = 1. The default is 50.", Drives.ReferenceRate, min: 0, minExclusive: true, max: 1000);
    private static readonly ConfigKey<double> Noise = Key.Real("cue.noise", "Fraction of the cued pattern's active units that the cue moves to as many silent units (activity kept; cue overlap 1 − noise/(1 − a)). The default is 0.1.", 0.1, min: 0, max: 1, sweepable: true);
    private static readonly ConfigKey<double> CueDuration = Time("cue.duration", "How long the cue current is on, from t = 0 (ms)", Times.CueDuration);
    private static readonly ConfigKey<double> CueStrength = Key.Real("cue.strength", "Input potential the cue adds to each of its active units while on. The default is 0.5.", Times.CueStrength, min: 0, max: 100);
    private static readonly ConfigKey<double> Duration = Time("duration", "Length of a recall from cue onset (ms)", Times.Duration);
    private static readonly ConfigKey<double> Dt = Key.Real("dt", "Time step (ms), at most min(τ_m, τ_s)/2. The default is 0.1.", Times.Dt, min: 0, minExclusive: true, max: 10);
    private static readonly ConfigKey<double> Window = Time("window", "Width of the windows of the overlap trace (overlaps.csv, the m_μ(t) chart) and of the retrieval time (ms)", Times.Window);
    private static readonly ConfigKey<double> Measure = Time("measure", "Final stretch of each recall over which overlap, rates and CV are measured (ms)", Times.Measure);
    private static readonly ConfigKey<double> RetrievalOverlap = Key.Real("retrieval_overlap", "A recall is a retrieval when its final overlap reaches this. The default is 0.9.", Times.RetrievalOverlap, min: -1, max: 1);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "spiking",
        "Associative memory of spiking neurons (Gerstner et al. ch. 17): sparse patterns learned by a rule, LIF or SRM neurons with global inhibition, a noisy pattern cued as an input current; overlap, retrieval, rates and ISI CV from spike counts, beside the binary network (same couplings, T = 0) on the same cue; raster.csv of the first trial, overlaps.csv of each point's first trial.",
        [
            Key.Trials(10, "Pattern sets (one cue each) per point"), N, P, HopfieldModelKeys.Alpha, Rule, Coding, Threshold, LearningKeys.SelfCoupling, Model, TauM, TauS, FiringThreshold,
            Reset, Refractory, Rho0, DeltaU, Eta0, TauEta, Sigma, Bias, Gain, Inhibition, ReferenceRate, Noise, CueDuration, CueStrength, Duration, Dt, Window, Measure, RetrievalOverlap,
        ],
        SpikingExperiment.Declared) with
    {
        ExclusiveGroups = [ExperimentSchema.OneOf(P, HopfieldModelKeys.Alpha)],
        CrossCheck = Check,
    };

    public static SpikingExperiment Build(ResolvedConfig config)
    {
        bool byAlpha = config.Has(HopfieldModelKeys.Alpha);
        SpikingPoint[] points = [.. config.Points.Select(point =>
        {
            int n = point.Get(N);
            int p = byAlpha ? HopfieldModelKeys.PatternsFor(n, point.Get(HopfieldModelKeys.Alpha)) : point.Get(P);
            return new SpikingPoint(n, p, byAlpha ? point.Get(HopfieldModelKeys.Alpha) : (double)p / n, point.Get(Noise));
        })];
        return new SpikingExperiment(new SpikingDefinition(
            points,
            Learning(config),
            Neurons(config),
            new NetworkDrive(config.Get(Bias), config.Get(Gain), config.Get(Inhibition), config.Get(ReferenceRate)),
            new SpikingProtocol(config.Get(Dt), config.Get(Duration), config.Get(CueDuration), config.Get(CueStrength), config.Get(Window), config.Get(Measure), config.Get(RetrievalOverlap)),
            new ChainProtocol(UpdateRule.ZeroTemperature, SiteOrder.Random, BinaryMaxSweeps, 0, 1),
            config.Trials));
    }

    private static ConfigKey<double> Time(string path, string description, double defaultValue) =>
        Key.Real(path, FormattableString.Invariant($"{description}. The default is {defaultValue}."), defaultValue, min: 0, minExclusive: true, max: 1e5);

    private static HopfieldLearning Learning(ResolvedConfig config) => new(
        config.Get(Rule),
        new LearningOptions(config.Get(Coding), config.Has(Threshold) ? config.Get(Threshold) : null, config.Get(LearningKeys.SelfCoupling)));

    private static NeuronParameters Neurons(ResolvedConfig config) => new(
        config.Get(Model), config.Get(TauM), config.Get(TauS), config.Get(FiringThreshold), config.Get(Reset), config.Get(Refractory),
        config.Get(Rho0) / 1000, config.Get(DeltaU), config.Get(Eta0), config.Get(TauEta), config.Get(Sigma));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        if (config.Get(Reset) >= config.Get(FiringThreshold))
        {
            yield return (Reset.Path, $"the reset u_r = {config.Get(Reset)} must lie below the firing threshold ϑ = {config.Get(FiringThreshold)}");
        }

        double limit = Math.Min(config.Get(TauM), config.Get(TauS)) / 2;
        if (config.Get(Dt) > limit)
        {
            yield return (Dt.Path, FormattableString.Invariant($"dt = {config.Get(Dt)} ms is above min(τ_m, τ_s)/2 = {limit} ms"));
        }

        if (config.Get(Measure) > config.Get(Duration))
        {
            yield return (Measure.Path, FormattableString.Invariant($"the measuring stretch ({config.Get(Measure)} ms) is longer than the recall (duration {config.Get(Duration)} ms)"));
        }

        if (config.Get(CueDuration) >= config.Get(Duration))
        {
            yield return (CueDuration.Path, FormattableString.Invariant($"the cue ({config.Get(CueDuration)} ms) must end before the recall does (duration {config.Get(Duration)} ms)"));
        }

        int n = config.Values(N).Max();
        long p = config.Has(HopfieldModelKeys.Alpha) ? HopfieldModelKeys.PatternsFor(n, config.Values(HopfieldModelKeys.Alpha).Max()) : config.Values(P).Max();
        foreach (var learning in LearningKeys.Check(config, (n, p), NeuronCoding.Spin, config.ConcurrentTrials))
        {
            yield return learning;
        }

        // the coupling matrix and the column-major spiking weights (two N × N arrays of doubles) beside the learned network
        if (MemoryBudget.Problem($"N = {n} with p = {p}", (16.0 * n * n) + (64.0 * n), " (coupling matrix and spiking weights)", config.ConcurrentTrials, MemoryBudget.Available, "lower N, or --threads") is { } problem)
        {
            yield return (N.Path, problem);
        }
    }
}
