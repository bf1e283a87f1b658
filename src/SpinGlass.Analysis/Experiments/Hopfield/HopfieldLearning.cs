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

    private bool SelfCoupling => Settings.SelfCoupling;
}
