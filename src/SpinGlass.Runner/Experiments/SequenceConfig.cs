using System.Globalization;
using SpinGlass.Analysis.Experiments.Sequence;
using SpinGlass.Models.Sequences;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>sequence</c> config keys and their binding onto a <see cref="SequenceDefinition"/>.</summary>
internal static class SequenceConfig
{
    private static readonly ConfigKey<double> Alpha =
        HopfieldModelKeys.Alpha.With(spec => spec with { Description = "Load α = p/N (p = round(αN), at least 2); give alpha or p." });
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Sequence length p (at least 2); give alpha or p.", Min = 2 });
    private static readonly ConfigKey<double> Symmetric =
        Key.Real("model.symmetric", "Strength a of the symmetric Hebbian term (0: the purely asymmetric network). The default is 1.", 1.0, min: 0);
    private static readonly ConfigKey<double> Lambda =
        Key.Real("model.lambda", "Strength λ of the transition term J^asym_ij = (1/N) Σ_μ ξ^{μ+1}_i ξ^μ_j. The default is 1.", 1.0, min: 0, sweepable: true);
    private static readonly ConfigKey<SequenceKernel> Kernel = Key.Choice<SequenceKernel>(
        "model.kernel",
        "Filter of the transition term: none (s̄ = s), delay (s̄(t) = s(t − τ)), step (mean over the last τ sweeps) or exponential (time constant τ). The default is none.",
        SequenceKernel.None);
    private static readonly ConfigKey<int> Delay =
        Key.Int("model.delay", "Time constant τ of the filter in sweeps (ignored by kernel none). The default is 1.", 1, min: 1, max: 100_000, sweepable: true);
    private static readonly ConfigKey<bool> Cyclic = Key.Bool("model.cyclic", "Whether ξᵖ → ξ¹ is stored too. The default is true.", true);
    private static readonly ConfigKey<double> RecallOverlap = Key.Real(
        "recall_overlap", "A pattern counts as reached when its overlap is at least this. The default is 0.9.", 0.9, min: 0, max: 1, minExclusive: true);
    private static readonly DynamicsKeys Dynamics = new(
        UpdateRule.Synchronous,
        [UpdateRule.Synchronous, UpdateRule.ZeroTemperature, UpdateRule.Glauber, UpdateRule.Metropolis],
        ruleDescription: "Update rule: synchronous (all neurons at once, one pattern per step for a = 0), zero-temperature or glauber (asynchronous, in dynamics.order). metropolis is refused: there is no energy. The default is synchronous.",
        maxSweeps: false);
    private static readonly ConfigKey<int> Sweeps = Key.Int(
        "dynamics.sweeps", "Run length in sweeps (synchronous: steps); the filter advances once per sweep. The default is 100.", 100, min: 1, max: 10_000_000);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "sequence",
        "Sequential memories with asymmetric couplings, h_i = a Σ_j J^sym_ij s_j + λ Σ_j J^asym_ij s̄_j: completed rate, transitions, dwell time and overlap per point; traces.csv holds the first trial's m_μ(t). These networks have no energy (detailed balance fails): metropolis is refused.",
        [
            Key.Trials(20, "Random sequences per point"), HopfieldModelKeys.N, Alpha, P, Symmetric, Lambda, Kernel, Delay, Cyclic, RecallOverlap, .. TemperatureKeys.All,
            Dynamics.Rule, Dynamics.Order, Sweeps,
        ],
        SequenceExperiment.Declared) with
    {
        ExclusiveGroups = [ExperimentSchema.OneOf(Alpha, P), TemperatureKeys.Group],
        CrossCheck = Check,
    };

    public static SequenceExperiment Build(ResolvedConfig config)
    {
        bool byAlpha = config.Has(Alpha);
        SequencePoint[] points = [.. config.Points.Select(point =>
        {
            int n = point.Get(HopfieldModelKeys.N);
            int p = byAlpha ? PatternsFor(n, point.Get(Alpha)) : point.Get(P);
            return new SequencePoint(
                n, p, byAlpha ? point.Get(Alpha) : (double)p / n, point.Get(Lambda), point.Get(Delay),
                TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point));
        })];
        return new SequenceExperiment(new SequenceDefinition(
            points,
            config.Get(Symmetric),
            config.Get(Kernel),
            config.Get(Cyclic),
            config.Get(RecallOverlap),
            config.Get(Dynamics.Rule),
            config.Get(Dynamics.Order),
            config.Get(Sweeps),
            config.Trials));
    }

    private static int PatternsFor(int n, double alpha) => Math.Max(2, HopfieldModelKeys.PatternsFor(n, alpha));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var rule = config.Get(Dynamics.Rule);
        if (rule == UpdateRule.Metropolis)
        {
            yield return (Dynamics.Rule.Path,
                "a sequence network has asymmetric couplings and no energy function (detailed balance fails), so metropolis has no ΔE to use; use synchronous, zero-temperature or glauber");
        }

        foreach (var problem in TemperatureKeys.CheckZeroTemperatureRule(config, rule))
        {
            yield return problem;
        }

        var sizes = config.Values(HopfieldModelKeys.N);
        long n = sizes.Max();
        bool byAlpha = config.Has(Alpha);
        long p = byAlpha ? PatternsFor((int)n, config.Values(Alpha).Max()) : config.Values(P).Max();
        if (!byAlpha && p > sizes.Min() * 2)
        {
            yield return (P.Path, string.Create(CultureInfo.InvariantCulture, $"p = {p} is more than twice the smallest N; a sequence that long cannot be stored"));
        }

        var kernel = config.Get(Kernel);
        long tau = config.Values(Delay).Max(), sweeps = config.Get(Sweeps);
        long PerTrial() => TrialMemory.Sequence(n, p, kernel, tau);
        double traces = config.PointCount * (double)TrialMemory.SequenceTrace(sweeps, p);
        bool traceDominates = n * p <= int.MaxValue && traces > (double)PerTrial() * config.ConcurrentTrials;
        foreach (var problem in HopfieldModelKeys.CheckMemory(
            n, p, traceDominates ? Sweeps.Path : HopfieldModelKeys.N.Path, PerTrial, config.ConcurrentTrials, MemoryBudget.Available, retained: traces,
            advice: traceDominates ? "lower dynamics.sweeps (every point keeps its first trial's trace) or sweep fewer points" : "lower N, α or the delay, or --threads"))
        {
            yield return problem;
        }
    }
}
