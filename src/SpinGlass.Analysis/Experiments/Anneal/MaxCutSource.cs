using System.Globalization;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Graphs;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>A max-cut instance as an energy model: the graph's couplings J_uv = −w_uv (one fixed instance; <see cref="WeightedGraph"/>).</summary>
/// <param name="graph">The weighted graph.</param>
/// <param name="name">The graph file's name, for descriptions.</param>
public sealed class MaxCutSource(WeightedGraph graph, string name) : ModelSource
{
    private readonly SparseCouplingModel _model = new(graph.Couplings, name);

    /// <summary>The graph.</summary>
    public WeightedGraph Graph => graph;

    /// <inheritdoc />
    public override int N => graph.N;

    /// <inheritdoc />
    public override bool IsRandom => false;

    /// <inheritdoc />
    public override string Kind => "maxcut";

    /// <inheritdoc />
    public override string Description => string.Create(
        CultureInfo.InvariantCulture, $"max-cut of {name}: N = {graph.N}, {graph.Edges.Count} edges of total weight W = {graph.TotalWeight}; E = W − 2 cut");

    /// <inheritdoc />
    public override SourcedModel Create(Xoshiro256StarStar rng) => new(_model, graph.Couplings, null);
}
