using SpinGlass.Analysis.Experiments.SpinGlasses;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>One point of an <c>anneal</c> sweep: the model and the sweep budget of each run.</summary>
/// <param name="Source">The energy model (a fixed instance, or drawn per trial).</param>
/// <param name="Sweeps">The sweep budget of each run (the schedule stretched over them).</param>
/// <param name="Model">
/// The index of the point's model among the run's distinct models (e.g. the SK sizes): trial k of every point with the same
/// model anneals the same instance, so best energy against the budget compares like with like.
/// </param>
public sealed record AnnealPoint(ModelSource Source, int Sweeps, int Model);
