using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The learning-rule keys of every Hopfield experiment (docs/learning-rules.md): <c>model.rule</c>, <c>model.coding</c>
/// (coding level a of sparse patterns), <c>model.threshold</c> (covariance θ) and <c>model.self_coupling</c>.
/// </summary>
internal static class LearningKeys
{
    public static ConfigKey<LearningRule> Rule { get; } = Key.Choice<LearningRule>(
        "model.rule",
        "How the couplings are learned: hebb (J = ξξᵀ/N, α_c ≈ 0.138), storkey (incremental, local; capacity ≈ N/√(2 ln N)), pseudo-inverse (projection: every pattern a fixed point for p < N) or covariance (0/1 patterns of coding level a, α_c ≈ 1/(2a|ln a|)). The default is hebb.",
        LearningRule.Hebb);

    public static ConfigKey<double> Coding { get; } = Key.Real(
        "model.coding",
        "Coding level a of the random patterns: 0/1 units with a fraction a active (ξ = +1 ⇔ active), 0 < a ≤ 0.5. Leave it out for unbiased ±1 patterns (a = 0.5). The covariance rule learns around a; the other rules store the biased ±1 patterns as they are.",
        min: 0, minExclusive: true, max: 0.5).With(spec => spec with { Optional = true });

    public static ConfigKey<double> Threshold { get; } = Key.Real(
        "model.threshold",
        "Covariance rule: the threshold θ of the 0/1 neurons, V_i ← 1 when Σ_j w_ij V_j > θ with w = Σ_μ(V^μ − a)(V^μ − a)ᵀ/(N a(1 − a)). The default ½ − a lies midway between the fields 1 − a and −a of a stored pattern's active and silent units.",
        min: -10, max: 10).With(spec => spec with { Optional = true });

    public static ConfigKey<bool> SelfCoupling { get; } = Key.Bool(
        "model.self_coupling",
        "Keep the self-coupling J_ii s_i in the field that zero-temperature dynamics follows (a stability margin; it never changes the energy's flip costs, so Metropolis and Glauber are unaffected). The default is false (J_ii = 0).",
        false);

    /// <summary>The four keys, in the order they are listed.</summary>
    public static IReadOnlyList<ConfigKey> All { get; } = [Rule, Coding, Threshold, SelfCoupling];

    /// <summary>The keys of an experiment that draws its own unbiased patterns (no coding level).</summary>
    public static IReadOnlyList<ConfigKey> Unbiased { get; } = [Rule, Threshold, SelfCoupling];

    /// <summary>The learning of a config.</summary>
    public static HopfieldLearning Learning(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var rule = config.Get(Rule);
        // a = 0.5 is the unbiased case the key's description promises when it is left out
        double? activity = config.HasValue(Coding.Path) && config.Get(Coding) != 0.5 ? config.Get(Coding) : null;
        double? threshold = config.Has(Threshold) ? config.Get(Threshold) : null;
        var options = new LearningOptions(activity, threshold, config.Get(SelfCoupling));
        return rule == LearningRule.Hebb && options == LearningOptions.Default ? HopfieldLearning.Hebb : new HopfieldLearning(rule, options);
    }

    /// <summary>The problems of the keys (<see cref="Check(ResolvedConfig, ValueTuple{long, long}, NeuronCoding, long)"/>) for a random-pattern sweep.</summary>
    public static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config, NeuronCoding coding) =>
        Check(config, HopfieldModelKeys.LargestNetwork(config), coding, config.ConcurrentTrials);

    /// <summary>
    /// The problems of the keys together: θ without the covariance rule; binary neurons with a rule other than plain Hebb;
    /// Storkey's explicit matrix too large (N or memory). The pseudo-inverse takes any patterns: dependent ones (a repeat,
    /// p ≥ N) add nothing to the projector.
    /// </summary>
    /// <param name="config">The config.</param>
    /// <param name="largest">The largest N and p the sweep reaches (p may be unknown: 0).</param>
    /// <param name="coding">The neuron coding of the config.</param>
    /// <param name="concurrent">How many trials run at once.</param>
    public static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config, (long N, long P) largest, NeuronCoding coding, long concurrent)
    {
        ArgumentNullException.ThrowIfNull(config);
        var learning = Learning(config);
        if (config.Has(Threshold) && learning.Rule != LearningRule.Covariance)
        {
            yield return (Threshold.Path, $"model.threshold belongs to rule covariance (its 0/1 neurons); rule {ConfigWords.Of(learning.Rule)} has none");
        }

        if (coding == NeuronCoding.Binary && !learning.IsPlainHebb)
        {
            yield return (Rule.Path, "binary neurons (model.neurons: binary, Hopfield 1982) go with plain Hebb; for sparse 0/1 patterns use rule covariance with model.coding");
        }

        if (learning.Rule == LearningRule.Storkey && largest.N > LearnedNetwork.MaxMatrixNeurons)
        {
            yield return (Rule.Path, $"rule storkey keeps an explicit N × N matrix, at most N = {LearnedNetwork.MaxMatrixNeurons}; the sweep reaches N = {largest.N}");
        }

        if (!learning.IsPlainHebb && MemoryBudget.Problem(
            $"rule {ConfigWords.Of(learning.Rule)} at N = {largest.N}", BytesPerTrial(learning.Rule, largest.N, largest.P), " (learned couplings)", concurrent,
            MemoryBudget.Available, "lower N, or --threads") is { } problem)
        {
            yield return (Rule.Path, problem);
        }
    }

    /// <summary>
    /// The problem of <c>model.coding</c> with fixed patterns (letters, images): their coding is what it is, so only the
    /// covariance rule, which learns around a, takes it.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> CheckFixedPatterns(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.HasValue(Coding.Path) && config.Get(Rule) != LearningRule.Covariance)
        {
            yield return (Coding.Path, "model.coding sets the coding level of random patterns (and the covariance rule's a); fixed patterns have their own, so give it with rule covariance only");
        }
    }

    /// <summary>
    /// The bytes of one learned network: the patterns twice and the dual patterns (N·p doubles) on the overlap path; the N × N
    /// matrix for Storkey, plus the pseudo-inverse's p × p solve.
    /// </summary>
    public static long BytesPerTrial(LearningRule rule, long n, long p) => rule switch
    {
        LearningRule.Storkey => (8 * n * n) + (9 * n * p) + (64 * n),
        LearningRule.PseudoInverse => (17 * n * p) + (16 * p * p) + (64 * n),
        _ => (17 * n * p) + (64 * n),
    };
}
