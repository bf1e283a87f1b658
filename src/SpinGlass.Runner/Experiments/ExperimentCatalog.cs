using SpinGlass.Analysis.Experiments.Attractors;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Analysis.Experiments.Merging;
using SpinGlass.Analysis.Experiments.Mixtures;
using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Analysis.Experiments.Sequence;
using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The explicit table from a config's <c>experiment:</c> kind to its schema and runner.</summary>
internal static class ExperimentCatalog
{
    public static IReadOnlyList<IExperimentKind> All { get; } =
    [
        new ExperimentKind<IsingTrial, IsingPointResult>(IsingConfig.Schema, IsingConfig.Build),
        new ExperimentKind<CapacityTrial, CapacityPointResult>(CapacityConfig.Schema, CapacityConfig.Build),
        new ExperimentKind<PhaseDiagramTrial, PhaseDiagramPointResult>(PhaseDiagramConfig.Schema, PhaseDiagramConfig.Build),
        new ExperimentKind<RetrievalTrial, RetrievalPointResult>(RetrievalConfig.Schema, RetrievalConfig.Build),
        new ExperimentKind<StabilityTrial, StabilityPointResult>(StabilityConfig.Schema, StabilityConfig.Build),
        new ExperimentKind<MergingTrial, MergingPointResult>(MergingConfig.Schema, MergingConfig.Build),
        new ExperimentKind<MixtureTrial, MixturePointResult>(MixturesConfig.Schema, MixturesConfig.Build),
        new ExperimentKind<AttractorsTrial, AttractorsPointResult>(AttractorsConfig.Schema, AttractorsConfig.Build),
        new ExperimentKind<SequenceTrial, SequencePointResult>(SequenceConfig.Schema, SequenceConfig.Build),
        new ExperimentKind<DenseTrial, DensePointResult>(DenseConfig.Schema, DenseConfig.Build),
    ];

    public static IReadOnlyDictionary<string, ExperimentSchema> Schemas { get; } =
        All.ToDictionary(k => k.Schema.Kind, k => k.Schema, StringComparer.Ordinal);

    public static IExperimentKind Get(string kind) => All.Single(k => k.Schema.Kind == kind);
}
