using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>An entry of the experiment catalogue: the config schema and how a resolved config binds to an experiment.</summary>
/// <param name="Schema">The config schema (keys, groups, checks, columns).</param>
/// <param name="Build">Binds a validated config to the experiment.</param>
internal sealed record ExperimentKind(ExperimentSchema Schema, Func<ResolvedConfig, IExperiment> Build)
{
    /// <summary>The experiment's declared outputs (every catalogued schema is made by <see cref="ExperimentSchema.Of"/>).</summary>
    public OutputDeclaration Outputs => Schema.Outputs ?? throw new InvalidOperationException($"Schema '{Schema.Kind}' declares no outputs.");
}
