using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Analysis.Experiments.Merging;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Analysis.Experiments.Sequence;
using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The explicit table from a config's <c>experiment:</c> kind to its schema and runner.</summary>
internal static class ExperimentCatalog
{
    public static IReadOnlyList<ExperimentKind> All { get; } =
    [
        new ExperimentKind(IsingConfig.Schema, IsingConfig.Build),
        new ExperimentKind(CapacityConfig.Schema, CapacityConfig.Build),
        new ExperimentKind(PhaseDiagramConfig.Schema, PhaseDiagramConfig.Build),
        LegacyExperimentKind.Of<RetrievalTrial, RetrievalPointResult>(RetrievalConfig.Schema, RetrievalConfig.Build),
        LegacyExperimentKind.Of<StabilityTrial, StabilityPointResult>(StabilityConfig.Schema, StabilityConfig.Build),
        LegacyExperimentKind.Of<MergingTrial, MergingPointResult>(MergingConfig.Schema, MergingConfig.Build),
        new ExperimentKind(MixturesConfig.Schema, MixturesConfig.Build),
        new ExperimentKind(AttractorsConfig.Schema, AttractorsConfig.Build),
        LegacyExperimentKind.Of<SequenceTrial, SequencePointResult>(SequenceConfig.Schema, SequenceConfig.Build),
        LegacyExperimentKind.Of<DenseTrial, DensePointResult>(DenseConfig.Schema, DenseConfig.Build),
    ];

    public static IReadOnlyDictionary<string, ExperimentSchema> Schemas { get; } =
        All.ToDictionary(k => k.Schema.Kind, k => k.Schema, StringComparer.Ordinal);

    public static ExperimentKind Get(string kind) => All.Single(k => k.Schema.Kind == kind);
}
