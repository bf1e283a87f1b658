using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;

namespace SpinGlass.Analysis.Experiments.Hopfield;

/// <summary>
/// How a Hopfield experiment's memory learns its patterns (docs/learning-rules.md): the rule and its options. Hebb runs on
/// <see cref="HopfieldNetwork"/> (integer fields, the fast kernels); the other rules on <see cref="LearnedNetwork"/>.
/// </summary>
/// <param name="Rule">The learning rule.</param>
/// <param name="Options">Coding level, threshold, self-coupling and path; <see cref="LearningOptions.Default"/> when null.</param>
public sealed record HopfieldLearning(LearningRule Rule = LearningRule.Hebb, LearningOptions? Options = null)
{
    /// <summary>Hebb on unbiased patterns, no self-coupling: what every experiment did before learning rules existed.</summary>
    public static HopfieldLearning Hebb { get; } = new();

    /// <summary>The options, never null.</summary>
    public LearningOptions Settings => Options ?? LearningOptions.Default;

    /// <summary>Whether this is plain Hebb on unbiased patterns without self-coupling (the integer network runs it).</summary>
    public bool IsPlainHebb => Rule == LearningRule.Hebb && !Settings.SelfCoupling && Settings.Path is null;

    /// <summary>
    /// Whether the replica-symmetric (AGS) theory of the Hebb network describes this memory: plain Hebb on unbiased patterns.
    /// </summary>
    public bool IsAgs => IsPlainHebb && Settings.Activity is null;

    /// <summary>The bias of random patterns, <c>P(ξ = +1) = a</c>: <c>2a − 1</c>, 0 when no coding level is given.</summary>
    public double PatternBias => Settings.Activity is double a ? 2 * a - 1 : 0;

    /// <summary>
    /// Random patterns for a trial (coding level a when given; unbiased patterns are drawn exactly as before), recorded as
    /// the <c>patterns</c> engine.
    /// </summary>
    public PatternSet RandomPatterns(TrialContext context, int n, int p, PatternBuffers? buffers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PatternBias == 0 ? context.RandomPatterns(n, p, buffers) : context.RandomPatterns(n, p, buffers, PatternBias);
    }

    /// <summary>
    /// The memory storing <paramref name="patterns"/>: the integer <see cref="HopfieldNetwork"/> for plain Hebb (spin or binary
    /// neurons), else a <see cref="LearnedNetwork"/> (spin neurons). Records it as the <c>memory</c> engine (rule and path),
    /// so summary.json says which path ran.
    /// </summary>
    public IEnergyModel Build(PatternSet patterns, NeuronCoding coding, TrialContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        IEnergyModel model;
        if (IsPlainHebb)
        {
            model = new HopfieldNetwork(patterns, coding);
            context?.Record("memory", $"hebb, integer overlaps (O(p) per field and flip, {(coding == NeuronCoding.Binary ? "binary" : "spin")} neurons)");
            return model;
        }

        if (coding == NeuronCoding.Binary)
        {
            throw new ArgumentException("Binary (Hopfield 1982) neurons go with plain Hebb; the covariance rule has 0/1 neurons of its own.", nameof(coding));
        }

        var learned = LearnedNetwork.Learn(patterns, Rule, Settings);
        context?.Record("memory", $"{LearnedNetwork.RuleName(Rule)}, {LearnedNetwork.PathName(learned.Path)}{(SelfCoupling ? ", self-coupling" : "")}");
        return learned;
    }

    /// <summary>
    /// The rule's storage capacity α_c at T = 0 for random patterns and N neurons, with its source: Hebb 0.138 (AGS); Storkey
    /// <c>1/√(2 ln N)</c> (N/√(2 ln N) patterns); the pseudo-inverse 1 (every independent pattern a fixed point for p &lt; N);
    /// the covariance rule <c>1/(2a|ln a|)</c> (Tsodyks–Feigel'man, small a). Null for Hebb on biased patterns or with
    /// self-coupling, which these do not describe.
    /// </summary>
    public (double Alpha, string Source)? CapacityTheory(int n) => Rule switch
    {
        LearningRule.Hebb when IsAgs => (0.138, "AGS 1985 (replica symmetric, T = 0)"),
        LearningRule.Storkey => (1 / Math.Sqrt(2 * Math.Log(n)), "Storkey 1997, N/√(2 ln N) patterns"),
        LearningRule.PseudoInverse => (1.0, "Personnaz et al. 1985 / Kanter–Sompolinsky 1987: fixed points up to p = N, basins shrinking as α → 1"),
        LearningRule.Covariance when Settings.Activity is double a && a < 0.5 => (1 / (2 * a * Math.Abs(Math.Log(a))), "Tsodyks–Feigel'man 1988, 1/(2a|ln a|), small a"),
        _ => null,
    };

    /// <summary>
    /// The overlap of a state with a stored pattern: <c>m = (1/N) Σ_i ξ_i s_i</c> for unbiased patterns; for sparse patterns
    /// of coding level a the covariance overlap <c>m = Σ_i (V^μ_i − a) V_i / Σ_i (V^μ_i − a) V^μ_i</c> with <c>V = (1 + s)/2</c>,
    /// which is exactly 1 on the pattern, about 0 on a random state of activity a and 0 when every unit is silent (the ±1
    /// overlap would give 1 − 2a there).
    /// </summary>
    public double Overlap(ReadOnlySpan<sbyte> spins, ReadOnlySpan<sbyte> pattern)
    {
        if (Settings.Activity is not double a)
        {
            return Cues.Overlap(spins, pattern);
        }

        if (spins.Length != pattern.Length || spins.Length == 0)
        {
            throw new ArgumentException("The state and the pattern must have the same, non-zero length.", nameof(spins));
        }

        double sum = 0, norm = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            double weight = pattern[i] > 0 ? 1 - a : -a;
            sum += spins[i] > 0 ? weight : 0;
            norm += pattern[i] > 0 ? weight : 0;
        }

        return norm > 0 ? sum / norm : 0;
    }

    /// <summary>The rule as a config word (hebb, storkey, pseudo-inverse, covariance).</summary>
    public string RuleName => LearnedNetwork.RuleName(Rule);

    private bool SelfCoupling => Settings.SelfCoupling;
}
