using SpinGlass.Analysis.Exact.Enumeration;
using SpinGlass.Analysis.Experiments.Exact;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>exact</c> config keys and their binding onto an <see cref="ExactDefinition"/>.</summary>
internal static class ExactConfig
{
    private static readonly ConfigKey<double> T = TemperatureKeys.T.With(spec => spec with
    {
        Description = "Temperatures T = 1/β (a list or range; T = 0 is the ground states). Every temperature of a sample comes from one enumeration.",
        Default = null,
    });

    private static readonly ConfigKey<bool> Overlaps = Key.Bool(
        "overlaps",
        $"Whether to compute the replica overlaps q2, q4, binder_g and P(q) exactly (a 2^N table of doubles and N·2^N additions per temperature; N ≤ {ExactSolver.MaxOverlapSpins}). The default is true.",
        true);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "exact",
        "Every state of a pairwise energy model (N ≤ 32) enumerated in Gray-code order: exact E, C, |m|, replica overlaps q2, q4, g and P(q) vs T, every local minimum, the density of states.",
        [.. EnergyModelKeys.All, T, TemperatureKeys.Beta, Overlaps],
        ExactExperiment.Declared) with
    {
        ExclusiveGroups = [TemperatureKeys.Group],
        CrossCheck = Check,
        FileCheck = EnergyModelKeys.CheckFile,
    };

    public static ExactExperiment Build(ResolvedConfig config)
    {
        var models = new List<ModelSource>();
        var index = new Dictionary<(string, int, int, string), int>();
        var points = new List<ExactPoint>();
        foreach (var point in config.Points)
        {
            var source = EnergyModelKeys.Bind(config, point);
            var key = (source.Kind, source.N, source.L, source.Description);
            if (!index.TryGetValue(key, out int model))
            {
                (index[key], model) = (models.Count, models.Count);
                models.Add(source);
            }

            points.Add(new ExactPoint(model, source.N, source.L, TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point)));
        }

        return new ExactExperiment(new ExactDefinition(models, points, config.Trials, config.Seed, config.Get(Overlaps)));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        foreach (var problem in EnergyModelKeys.Check(config))
        {
            yield return problem;
        }

        var kind = EnergyModelKeys.KindOf(config);
        if (config.Trials > 1 && (kind == EnergyModelKind.Couplings || (kind == EnergyModelKind.Hopfield && config.Has(EnergyModelKeys.Network))))
        {
            yield return ("trials", $"a fixed instance ({kind.ToString().ToLowerInvariant()} file) is the same in every trial and its averages are exact: set trials: 1");
        }

        bool overlaps = config.Get(Overlaps);
        int[] sizes = [.. EnergyModelKeys.Sizes(config)];
        foreach (int n in sizes.Distinct())
        {
            if (n > ExactSolver.MaxSpins)
            {
                yield return ("model", $"N = {n}: exact enumeration visits all 2^N states and stops at N = {ExactSolver.MaxSpins} (2^32 ≈ 4.3·10⁹ states); use the spin-glass experiment for larger systems");
            }
            else if (overlaps && n > ExactSolver.MaxOverlapSpins)
            {
                yield return (Overlaps.Path,
                    $"N = {n}: exact overlaps need a 2^N table of doubles ({(1L << n) * 8 >> 20} MiB) and N·2^N additions per temperature; they stop at N = {ExactSolver.MaxOverlapSpins}: set overlaps: false (E, C, |m|, minima and the histogram need no table)");
            }
        }

        int largest = sizes.Where(n => n <= ExactSolver.MaxSpins && (!overlaps || n <= ExactSolver.MaxOverlapSpins)).DefaultIfEmpty(0).Max();
        long concurrent = Math.Min(config.ConcurrentTrials, Math.Max(1, sizes.Distinct().Count()) * (long)config.Trials);
        if (largest > 0 && MemoryBudget.Problem(
            $"exact enumeration of N = {largest}{(overlaps ? " with overlaps" : "")}", ExactSolver.Bytes(largest, overlaps), "", concurrent, MemoryBudget.Available,
            "set overlaps: false, lower N, or --threads") is { } memory)
        {
            yield return (Overlaps.Path, memory);
        }
    }
}
