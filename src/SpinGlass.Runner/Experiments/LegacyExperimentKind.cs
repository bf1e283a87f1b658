using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>Temporary: drives an experiment not yet moved to <see cref="Experiment{TDefinition, TPoint, TTrial}"/>.</summary>
internal static class LegacyExperimentKind
{
    public static ExperimentKind Of<TTrial, TPoint>(ExperimentSchema schema, Func<ResolvedConfig, ILegacyExperiment<TTrial, TPoint>> build)
        where TTrial : notnull
        where TPoint : notnull =>
        new(schema, config => new Adapter<TTrial, TPoint>(build(config), schema.Columns));

    private sealed class Adapter<TTrial, TPoint>(ILegacyExperiment<TTrial, TPoint> experiment, IReadOnlyList<string> columns) : IExperiment
        where TTrial : notnull
        where TPoint : notnull
    {
        private static readonly OutputSet<object, object, object> Empty = new();
        private static readonly PayloadKey<TPoint> Legacy = new OutputSet<object, object, TTrial>().Payload("legacy", "the legacy point", (_, _, _) => default(TPoint)!);

        public int PointCount => experiment.PointCount;

        public int Trials => experiment.Trials;

        public OutputDeclaration Outputs => Empty;

        public double TrialCost(int point) => experiment.TrialCost(point);

        public object RunTrial(TrialContext context) => experiment.RunTrial(context.Point, context.Trial, context.Random, context.Cancellation);

        public PointRecord Combine(int point, IReadOnlyList<object> trials) =>
            new() { Payloads = { ["legacy"] = experiment.CombineTrials(point, [.. trials.Cast<TTrial>()]) } };

        public ExperimentOutput Finish(IReadOnlyList<PointRecord> points)
        {
            _ = columns;
            return experiment.Finish([.. points.Select(p => p.Payload(Legacy))]);
        }
    }
}
