using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The explicit table from a config's <c>experiment:</c> kind to its schema and binding.</summary>
internal static class ExperimentCatalog
{
    public static IReadOnlyList<ExperimentKind> All { get; } =
    [
        new ExperimentKind(IsingConfig.Schema, IsingConfig.Build),
        new ExperimentKind(CapacityConfig.Schema, CapacityConfig.Build),
        new ExperimentKind(PhaseDiagramConfig.Schema, PhaseDiagramConfig.Build),
        new ExperimentKind(RetrievalConfig.Schema, RetrievalConfig.Build),
        new ExperimentKind(StabilityConfig.Schema, StabilityConfig.Build),
        new ExperimentKind(MergingConfig.Schema, MergingConfig.Build),
        new ExperimentKind(MixturesConfig.Schema, MixturesConfig.Build),
        new ExperimentKind(AttractorsConfig.Schema, AttractorsConfig.Build),
        new ExperimentKind(SequenceConfig.Schema, SequenceConfig.Build),
        new ExperimentKind(DenseConfig.Schema, DenseConfig.Build),
        new ExperimentKind(TrajectoryConfig.Schema, TrajectoryConfig.Build),
        new ExperimentKind(ModernConfig.Schema, ModernConfig.Build),
        new ExperimentKind(SpinGlassConfig.Schema, SpinGlassConfig.Build),
        new ExperimentKind(AnnealConfig.Schema, AnnealConfig.Build),
        new ExperimentKind(ExactConfig.Schema, ExactConfig.Build),
        new ExperimentKind(SpikingConfig.Schema, SpikingConfig.Build),
    ];

    public static IReadOnlyDictionary<string, ExperimentSchema> Schemas { get; } =
        All.ToDictionary(k => k.Schema.Kind, k => k.Schema, StringComparer.Ordinal);

    public static ExperimentKind Get(string kind) => All.Single(k => k.Schema.Kind == kind);
}
