using SpinGlass.Models.Graphs;

namespace SpinGlass.Models.Tests.Graphs;

public sealed class WeightedGraphTests
{
    // a 5-vertex graph with a triangle (0, 1, 2), a square (1, 2, 3, 4 with diagonal 1–2), mixed weights
    private static readonly WeightedGraph Small = new(5, [(0, 1, 2.0), (1, 2, 1.0), (0, 2, 3.0), (2, 3, 1.5), (3, 4, 4.0), (4, 1, 0.5)]);

    [Fact]
    public void Every_partition_has_cut_equal_to_half_of_total_weight_minus_energy()
    {
        var model = new SpinGlass.Models.Couplings.SparseCouplingModel(Small.Couplings);
        for (int mask = 0; mask < 1 << Small.N; mask++)
        {
            var spins = Spins(mask, Small.N);
            double cut = Small.Cut(spins);
            Assert.Equal(cut, Small.CutOf(model.Energy(spins)), 12);
            Assert.Equal(model.Energy(spins), Small.EnergyOf(cut), 12);
        }
    }

    [Fact]
    public void The_maximum_cut_by_brute_force_is_the_ground_state_of_the_couplings()
    {
        double maxCut = 0, ground = double.PositiveInfinity;
        for (int mask = 0; mask < 1 << Small.N; mask++)
        {
            var spins = Spins(mask, Small.N);
            maxCut = Math.Max(maxCut, Small.Cut(spins));
            ground = Math.Min(ground, Small.Couplings.Energy(spins));
        }

        // by hand: {0, 3} against {1, 2, 4} cuts 2 + 3 + 1.5 + 4 = 10.5 of W = 12 (the triangle keeps one edge uncut)
        Assert.Equal(12, Small.TotalWeight);
        Assert.Equal(10.5, maxCut);
        Assert.Equal(maxCut, Small.CutOf(ground), 12);
    }

    [Fact]
    public void The_triangle_cuts_two_of_three_edges_and_all_equal_spins_cut_nothing()
    {
        var triangle = new WeightedGraph(3, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0)]);
        Assert.Equal(0, triangle.Cut([1, 1, 1]));
        Assert.Equal(3, triangle.Couplings.Energy([1, 1, 1]));
        Assert.Equal(2, triangle.Cut([1, -1, 1]));
        Assert.Equal(-1, triangle.Couplings.Energy([1, -1, 1]));
        Assert.Equal(-1.0, triangle.Couplings[0].Strength);
    }

    [Fact]
    public void Loops_repeated_pairs_and_vertices_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WeightedGraph(3, [(0, 0, 1.0)]));
        Assert.Throws<ArgumentException>(() => new WeightedGraph(3, [(0, 1, 1.0), (1, 0, 2.0)]));
        Assert.Throws<ArgumentException>(() => new WeightedGraph(3, [(0, 3, 1.0)]));
    }

    private static sbyte[] Spins(int mask, int n) => [.. Enumerable.Range(0, n).Select(i => (sbyte)(((mask >> i) & 1) == 0 ? 1 : -1))];
}
