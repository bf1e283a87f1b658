using SpinGlass.Models.Couplings;

namespace SpinGlass.Models.Graphs;

/// <summary>
/// An undirected weighted graph as a max-cut instance, and its mapping to an Ising energy ("cost → energy").
/// </summary>
/// <remarks>
/// <para>A partition of the vertices is a spin configuration (s_u = ±1 for the two sides). An edge is cut when
/// s_u ≠ s_v, i.e. when <c>(1 − s_u s_v)/2 = 1</c>, so</para>
/// <para><c>cut(s) = Σ_(u,v) w_uv (1 − s_u s_v)/2 = (W − Σ_(u,v) w_uv s_u s_v)/2</c>, W = Σ w_uv the total weight.</para>
/// <para>With antiferromagnetic couplings <c>J_uv = −w_uv</c> the energy <c>E = −Σ J_uv s_u s_v = Σ w_uv s_u s_v</c>, hence
/// <c>cut = (W − E)/2</c>: the maximum cut is the ground state, and every cut edge lowers E by 2 w_uv. Both sides of a
/// partition (s and −s) give the same cut. Karp (1972) showed max-cut NP-hard; Barahona, Grötschel, Jünger and Reinelt,
/// Oper. Res. 36, 493 (1988) used exactly this correspondence in the other direction, for spin-glass ground states.</para>
/// </remarks>
public sealed class WeightedGraph
{
    private readonly (int U, int V, double Weight)[] _edges;

    /// <summary>Creates the graph; vertices 0 … N − 1, edges between distinct vertices, each pair once, finite weights.</summary>
    /// <exception cref="ArgumentException">An edge out of range, a loop, a pair twice or a weight not finite.</exception>
    public WeightedGraph(int n, IReadOnlyList<(int U, int V, double Weight)> edges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentNullException.ThrowIfNull(edges);
        N = n;
        _edges = [.. edges];
        // the bond list checks ranges, loops, repeated pairs and finiteness once, for both
        Couplings = new BondList(n, [.. _edges.Select(e => (e.U, e.V, -e.Weight))]);
        TotalWeight = _edges.Sum(e => e.Weight);
    }

    /// <summary>The number of vertices N.</summary>
    public int N { get; }

    /// <summary>The edges as given.</summary>
    public IReadOnlyList<(int U, int V, double Weight)> Edges => _edges;

    /// <summary>W = Σ w_uv.</summary>
    public double TotalWeight { get; }

    /// <summary>The Ising couplings J_uv = −w_uv, no fields: E(s) = Σ w_uv s_u s_v = W − 2 cut(s).</summary>
    public BondList Couplings { get; }

    /// <summary>The cut of a partition: the total weight of the edges whose ends have different spins.</summary>
    public double Cut(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        double cut = 0;
        foreach (var (u, v, w) in _edges)
        {
            if (spins[u] != spins[v])
            {
                cut += w;
            }
        }

        return cut;
    }

    /// <summary>The cut of a configuration of energy <paramref name="energy"/>: <c>(W − E)/2</c>.</summary>
    public double CutOf(double energy) => (TotalWeight - energy) / 2;

    /// <summary>The energy of a configuration whose cut is <paramref name="cut"/>: <c>W − 2 cut</c>.</summary>
    public double EnergyOf(double cut) => TotalWeight - (2 * cut);
}
