using System.Globalization;
using SpinGlass.Analysis.Experiments.Sequence;
using SpinGlass.Models.Sequences;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>sequence</c> config keys and their mapping onto a <see cref="SequenceDefinition"/>.</summary>
internal static class SequenceConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "sequence",
        "Sequential memories with asymmetric couplings, h_i = a Σ_j J^sym_ij s_j + λ Σ_j J^asym_ij s̄_j: completed rate, transitions, dwell time and overlap per point; traces.csv holds the first trial's m_μ(t). These networks have no energy (detailed balance fails): metropolis is refused.",
        [
            ParameterSpec.Integer("trials", "Random sequences per point. The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Real("model.alpha", "Load α = p/N (p = round(αN), at least 2); give alpha or p.") with { Sweepable = true, Min = 0, MinExclusive = true, Max = 2 },
            ParameterSpec.Integer("model.p", "Sequence length p (at least 2); give alpha or p.") with { Sweepable = true, Min = 2 },
            ParameterSpec.Real("model.symmetric", "Strength a of the symmetric Hebbian term (0: the purely asymmetric network). The default is 1.", 1.0) with { Min = 0 },
            ParameterSpec.Real("model.lambda", "Strength λ of the transition term J^asym_ij = (1/N) Σ_μ ξ^{μ+1}_i ξ^μ_j. The default is 1.", 1.0) with { Sweepable = true, Min = 0 },
            ParameterSpec.Choice("model.kernel", "Filter of the transition term: none (s̄ = s), delay (s̄(t) = s(t − τ)), step (mean over the last τ sweeps) or exponential (time constant τ). The default is none.", "none", "none", "delay", "step", "exponential"),
            ParameterSpec.Integer("model.delay", "Time constant τ of the filter in sweeps (ignored by kernel none). The default is 1.", 1) with { Sweepable = true, Min = 1, Max = 100_000 },
            ParameterSpec.Boolean("model.cyclic", "Whether ξᵖ → ξ¹ is stored too. The default is true.", true),
            ParameterSpec.Real("recall_overlap", "A pattern counts as reached when its overlap is at least this. The default is 0.9.", 0.9) with { Min = 0, MinExclusive = true, Max = 1 },
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Choice("dynamics.rule", "Update rule: synchronous (all neurons at once, one pattern per step for a = 0), zero-temperature or glauber (asynchronous, random or sequential order). metropolis is refused: there is no energy. The default is synchronous.", "synchronous", "synchronous", "zero-temperature", "glauber", "metropolis"),
            ParameterSpec.Choice("dynamics.order", "Site order of the asynchronous rules. The default is random.", "random", "random", "sequential"),
            ParameterSpec.Integer("dynamics.sweeps", "Run length in sweeps (synchronous: steps); the filter advances once per sweep. The default is 100.", 100) with { Min = 1, Max = 10_000_000 },
        ])
    {
        Columns = SequenceReport.Columns,
        ExclusiveGroups = [["model.alpha", "model.p"], ["T", "beta"]],
        CrossCheck = Check,
    };

    public static SequenceExperiment Build(ResolvedConfig config)
    {
        bool byAlpha = config.HasValue("model.alpha");
        var points = config.Points.Select(point =>
        {
            int n = (int)point.Int("model.N");
            int p = byAlpha ? PatternsFor(n, point.Real("model.alpha")) : (int)point.Int("model.p");
            return new SequencePoint(
                n, p, byAlpha ? point.Real("model.alpha") : (double)p / n, point.Real("model.lambda"),
                (int)point.Int("model.delay"), HopfieldKeys.Temperature(config, point), HopfieldKeys.Beta(config, point));
        }).ToArray();
        return new SequenceExperiment(new SequenceDefinition(
            points,
            config.GetReal("model.symmetric"),
            KernelOf(config),
            config.GetBool("model.cyclic"),
            config.GetReal("recall_overlap"),
            config.GetText("dynamics.rule") switch
            {
                "glauber" => UpdateRule.Glauber,
                "zero-temperature" => UpdateRule.ZeroTemperature,
                _ => UpdateRule.Synchronous,
            },
            config.GetText("dynamics.order") == "sequential" ? SiteOrder.Sequential : SiteOrder.Random,
            (int)config.GetInt("dynamics.sweeps"),
            config.Trials));
    }

    private static int PatternsFor(int n, double alpha) => Math.Max(2, Shared.HopfieldModelKeys.PatternsFor(n, alpha));

    private static SequenceKernel KernelOf(ResolvedConfig config) => config.GetText("model.kernel") switch
    {
        "delay" => SequenceKernel.Delay,
        "step" => SequenceKernel.Step,
        "exponential" => SequenceKernel.Exponential,
        _ => SequenceKernel.None,
    };

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        if (config.GetText("dynamics.rule") == "metropolis")
        {
            yield return ("dynamics.rule",
                "a sequence network has asymmetric couplings and no energy function (detailed balance fails), so metropolis has no ΔE to use; use synchronous, zero-temperature or glauber");
        }

        foreach (var problem in HopfieldKeys.CheckRule(config))
        {
            yield return problem;
        }

        long n = config.Values("model.N").Cast<long>().Max();
        long p = config.HasValue("model.alpha")
            ? PatternsFor((int)n, config.Values("model.alpha").Cast<double>().Max())
            : config.Values("model.p").Cast<long>().Max();
        if (!config.HasValue("model.alpha") && p > config.Values("model.N").Cast<long>().Min() * 2)
        {
            yield return ("model.p", string.Create(CultureInfo.InvariantCulture, $"p = {p} is more than twice the smallest N; a sequence that long cannot be stored"));
        }

        foreach (var problem in HopfieldKeys.CheckMemory(n, p, "model.N"))
        {
            yield return problem;
        }
    }
}
