using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;

namespace SpinGlass.Runner.Experiments;

/// <summary>An entry of the experiment catalogue: the config schema and how to run a resolved config.</summary>
internal interface IExperimentKind
{
    ExperimentSchema Schema { get; }

    /// <summary>Builds the experiment, runs its unfinished points (saving each as it completes) and returns its outputs.</summary>
    ExperimentOutput Run(ResolvedConfig config, int threads, PointStore store, ProgressReporter progress, CancellationToken cancellation);
}
