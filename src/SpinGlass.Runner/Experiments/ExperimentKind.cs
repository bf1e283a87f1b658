using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;

namespace SpinGlass.Runner.Experiments;

/// <summary>Binds a schema to the experiment type that a resolved config builds.</summary>
internal sealed class ExperimentKind<TTrial, TPoint>(ExperimentSchema schema, Func<ResolvedConfig, IExperiment<TTrial, TPoint>> build)
    : IExperimentKind
{
    public ExperimentSchema Schema => schema;

    public ExperimentOutput Run(ResolvedConfig config, int threads, PointStore store, ProgressReporter progress, CancellationToken cancellation)
    {
        var experiment = build(config);
        var points = ExperimentDriver.Run(experiment, config.Seed, threads, store, progress, cancellation);
        return experiment.Finish(points);
    }
}
