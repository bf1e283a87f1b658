using System.Globalization;
using SpinGlass.Analysis.Experiments.Anneal;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Graphs;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Runner.SpinGlasses;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Annealing;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>anneal</c> config keys (the shared <c>model</c> section, or a max-cut <c>graph</c>) and their binding onto an <see cref="AnnealDefinition"/>.</summary>
internal static class AnnealConfig
{
    private static readonly ParsedConfigFile<WeightedGraph> GraphFiles = new("graph", "a graph file is one line per edge", GraphFile.Parse);

    private static readonly ConfigKey<string> Graph = Key.Text(
        "graph",
        "A max-cut instance instead of the model section: a weighted graph file, relative to the config, lines `u v w` (0-based vertices, each pair once; `u v` for weight 1), optionally `n N`, # comments; mapped to couplings J_uv = −w_uv, so cut = (W − E)/2 (docs/spin-glasses.md).")
        .With(spec => spec with { Optional = true, NamesFile = true });

    private static readonly ConfigKey<int> Sweeps = Key.Int(
        "sweeps", "Sweeps one annealing run spends in all, the schedule stretched over them; sweep it as a list for best energy against the budget. The default is 1000.",
        1000, min: 1, max: 1_000_000_000, sweepable: true);

    private static readonly ConfigKey<ScheduleKind> Schedule = Key.Choice<ScheduleKind>(
        "schedule.kind", "Spacing of the inverse temperatures from schedule.beta_start to schedule.beta_end: linear or geometric (equal ratios). The default is linear.", ScheduleKind.Linear);

    private static readonly ConfigKey<double> BetaStart = Key.Real("schedule.beta_start", "β = 1/T of the first step (> 0 when geometric). The default is 0.1.", 0.1, min: 0);

    private static readonly ConfigKey<double> BetaEnd = Key.Real("schedule.beta_end", "β = 1/T of the last step (> 0 when geometric). The default is 3.", 3.0, min: 0);

    private static readonly ConfigKey<int> Steps = Key.Int(
        "schedule.steps", "Number of β values, the sweeps shared evenly among them (at most one step per sweep). The default is one β per sweep.", min: 1)
        .With(spec => spec with { Optional = true });

    private static readonly ConfigKey<int> SweepsPerStep = Key.Int(
        "schedule.sweeps_per_step", "Sweeps at each β instead of schedule.steps: ⌈sweeps / sweeps_per_step⌉ steps.", min: 1)
        .With(spec => spec with { Optional = true });

    private static readonly ConfigKey<UpdateRule> Rule = Key.Choice(
        "dynamics.rule", "Single-spin rule at each step's β: metropolis or glauber. The default is metropolis.", UpdateRule.Metropolis, [UpdateRule.Metropolis, UpdateRule.Glauber]);

    private static readonly ConfigKey<double> TargetEnergy = Key.Real(
        "target_energy", "The known ground energy E_0 of a fixed instance (couplings file, network, graph): success = best energy ≤ E_0 + tolerance. Without it, E_0 is enumerated for N ≤ 24 (every instance of a random model too) and success is left empty above.")
        .With(spec => spec with { Optional = true });

    private static readonly ConfigKey<double> TargetCut = Key.Real(
        "target_cut", "graph: the known maximum cut instead of target_energy (E_0 = W − 2 target_cut).")
        .With(spec => spec with { Optional = true });

    private static readonly ConfigKey<double> Tolerance = Key.Real(
        "tolerance", "A run succeeds when its best energy is at most E_0 + tolerance. The default is 1e-6.", 1e-6, min: 0);

    private static readonly ConfigKey<AnnealMethod> Method = Key.Choice<AnnealMethod>(
        "method",
        "annealing (one chain through the β schedule) or tempering (parallel tempering as an optimiser: tempering.temperatures walkers on a geometric ladder from schedule.beta_start (hot) to schedule.beta_end (cold), exchanging after every sweep; the sweep budget is shared by the walkers). The default is annealing.",
        AnnealMethod.Annealing);

    private static readonly ConfigKey<int> Temperatures = Key.Int(
        "tempering.temperatures", "method tempering: the ladder's size K (2 … 256); each round sweeps every walker once, so a budget of S sweeps runs S/K rounds. The default is 16.", 16, min: 2, max: 256);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "anneal",
        "Simulated annealing as an optimiser of any energy model (a spin glass, a couplings file, a Hopfield network, a max-cut graph): best energy and the rate of reaching the ground state against the sweep budget.",
        [
            Key.Trials(20, "Independent annealing runs per point, each from its own random start; with a random model trial k anneals the k-th instance at every budget"),
            .. EnergyModelKeys.All, Graph, Sweeps, Method, Schedule, BetaStart, BetaEnd, Steps, SweepsPerStep, Temperatures, Rule, TargetEnergy, TargetCut, Tolerance,
        ],
        AnnealExperiment.Declared) with
    {
        CrossCheck = Check,
        FileCheck = CheckFile,
    };

    public static AnnealExperiment Build(ResolvedConfig config)
    {
        ModelSource? graph = config.Has(Graph)
            ? new MaxCutSource(GraphFiles.Read(config, config.Get(Graph), out var problem) ?? throw new InvalidOperationException($"The graph file changed after the config was checked: {problem}."), config.Get(Graph))
            : null;
        // points of the same model (described alike) share one index, so their trials anneal the same instances
        var models = new Dictionary<string, (int Index, ModelSource Source)>(StringComparer.Ordinal);
        var points = new List<AnnealPoint>();
        foreach (var point in config.Points)
        {
            var bound = graph ?? EnergyModelKeys.Bind(config, point);
            if (!models.TryGetValue(bound.Description, out var model))
            {
                models[bound.Description] = model = (models.Count, bound);
            }

            points.Add(new AnnealPoint(model.Source, point.Get(Sweeps), model.Index));
        }

        double? target = config.Has(TargetEnergy) ? config.Get(TargetEnergy)
            : config.Has(TargetCut) && graph is MaxCutSource cut ? cut.Graph.EnergyOf(config.Get(TargetCut))
            : null;
        return new AnnealExperiment(new AnnealDefinition(
            points, config.Get(Schedule), config.Get(BetaStart), config.Get(BetaEnd),
            config.Has(Steps) ? config.Get(Steps) : null, config.Has(SweepsPerStep) ? config.Get(SweepsPerStep) : null,
            config.Get(Rule), target, config.Get(Tolerance), config.Trials, config.Seed, config.Get(Method), config.Get(Temperatures)));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        bool graph = config.Has(Graph);
        if (graph)
        {
            foreach (var key in EnergyModelKeys.All.Where(config.IsGiven))
            {
                yield return (key.Path, "graph gives the model (a max-cut instance); leave out the model section, or graph");
            }

            if (GraphFiles.Unreadable(config, config.Get(Graph)) is { } unreadable)
            {
                yield return (Graph.Path, unreadable);
            }
        }
        else
        {
            foreach (var problem in EnergyModelKeys.Check(config))
            {
                yield return problem;
            }

            if (config.Has(TargetCut))
            {
                yield return (TargetCut.Path, "target_cut needs a graph (a max-cut instance); give target_energy for a model");
            }
        }

        if (config.Has(TargetEnergy) && config.Has(TargetCut))
        {
            yield return (TargetCut.Path, "give target_energy or target_cut, not both");
        }

        var kind = EnergyModelKeys.KindOf(config);
        bool random = !graph && (kind is EnergyModelKind.Sk or EnergyModelKind.Ea || (kind == EnergyModelKind.Hopfield && !config.Has(EnergyModelKeys.Network)));
        if (random && config.Has(TargetEnergy))
        {
            yield return (TargetEnergy.Path, $"model.kind {ConfigWords.Of(kind)} draws a new instance per trial, so no one target fits; its ground energy is enumerated per instance for N ≤ 24");
        }

        if (config.Get(Method) == AnnealMethod.Tempering)
        {
            if (!(config.Get(BetaStart) > 0 && config.Get(BetaEnd) > config.Get(BetaStart)))
            {
                yield return (BetaEnd.Path, "method tempering needs 0 < schedule.beta_start (the hottest walker) < schedule.beta_end (the coldest)");
            }

            foreach (var key in new ConfigKey[] { Steps, SweepsPerStep })
            {
                if (config.IsGiven(key))
                {
                    yield return (key.Path, "belongs to method annealing; the tempering ladder has no steps (its size is tempering.temperatures)");
                }
            }
        }
        else if (config.IsGiven(Temperatures))
        {
            yield return (Temperatures.Path, "belongs to method tempering");
        }

        if (config.Has(Steps) && config.Has(SweepsPerStep))
        {
            yield return (SweepsPerStep.Path, "give schedule.steps or schedule.sweeps_per_step, not both");
        }

        if (config.Get(Schedule) == ScheduleKind.Geometric && (config.Get(BetaStart) == 0 || config.Get(BetaEnd) == 0))
        {
            yield return (config.Get(BetaStart) == 0 ? BetaStart.Path : BetaEnd.Path, "a geometric schedule needs β > 0 at both ends (β_start (β_end/β_start)^x); use kind linear to start at β = 0");
        }

        if (!graph && MemoryProblem(config) is { } memory)
        {
            yield return (kind == EnergyModelKind.Ea ? EnergyModelKeys.L.Path : EnergyModelKeys.N.Path, memory);
        }
    }

    private static string? MemoryProblem(ResolvedConfig config)
    {
        var kind = EnergyModelKeys.KindOf(config);
        if (kind is not (EnergyModelKind.Sk or EnergyModelKind.Ea) || !EnergyModelKeys.Sizes(config).Any())
        {
            return null;
        }

        // a bond is held while generated (16 B), in the bond list (16 B) and in both neighbour lists (24 B)
        long n = EnergyModelKeys.Sizes(config).Max();
        double bonds = kind == EnergyModelKind.Sk ? n * (n - 1) / 2.0 : n * config.Get(EnergyModelKeys.Dimension);
        return MemoryBudget.Problem(
            string.Create(CultureInfo.InvariantCulture, $"{ConfigWords.Of(kind)} with N = {n}"), 56 * bonds, " of bonds", config.ConcurrentTrials, MemoryBudget.Available, "lower the size");
    }

    private static IEnumerable<ConfigError> CheckFile(ResolvedConfig config)
    {
        if (!config.Has(Graph))
        {
            return EnergyModelKeys.CheckFile(config);
        }

        return GraphFiles.Check(config, config.Get(Graph));
    }
}
