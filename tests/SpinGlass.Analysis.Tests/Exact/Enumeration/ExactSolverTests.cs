using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Exact.Enumeration;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Tests.Exact.Enumeration;

public sealed class ExactSolverTests
{
    private static readonly double[] Betas = [0, 0.3, 1, 2.5];

    public static TheoryData<string> Instances => ["sk-gaussian", "sk-pm1-integer", "ea2d-pm1", "fields"];

    private static PairwiseForm Instance(string name)
    {
        var rng = new Xoshiro256StarStar(17);
        return name switch
        {
            "sk-gaussian" => PairwiseForm.Of(BondList.SherringtonKirkpatrick(9, gaussian: true, rng)),
            "sk-pm1-integer" => PairwiseForm.Of(Integerised(BondList.SherringtonKirkpatrick(8, gaussian: false, rng))),
            "ea2d-pm1" => PairwiseForm.Of(BondList.EdwardsAnderson(2, 3, gaussian: false, rng)),
            _ => PairwiseForm.Of(new BondList(7, [(0, 1, 1.5), (1, 2, -0.7), (2, 3, 0.4), (3, 6, 2.0), (4, 5, -1.1), (0, 6, 0.3)], [0.2, -0.5, 0, 0.9, 0, 0, -0.1])),
        };
    }

    private static BondList Integerised(BondList bonds) =>
        new(bonds.N, [.. Enumerable.Range(0, bonds.Count).Select(b => (bonds[b].I, bonds[b].J, (double)Math.Sign(bonds[b].Strength)))]);

    [Theory]
    [MemberData(nameof(Instances))]
    public void Averages_and_overlaps_equal_direct_sums_over_states_and_pairs_of_states(string name)
    {
        var form = Instance(name);
        var solution = ExactSolver.Solve(form, Betas);
        for (int t = 0; t < Betas.Length; t++)
        {
            var expected = BruteForce.At(form, Betas[t]);
            var row = solution.Rows[t];
            Assert.Equal(expected.Energy, row.Energy, 10);
            Assert.Equal(expected.Heat, row.SpecificHeat, 9);
            Assert.Equal(expected.AbsM, row.AbsMagnetization, 10);
            Assert.Equal(expected.Q2, row.Q2, 10);
            Assert.Equal(expected.Q4, row.Q4, 10);
            Assert.Equal(1.0, row.OverlapDistribution.Sum(), 10);
            double q2 = row.OverlapDistribution.Select((p, d) => p * Math.Pow(1 - (2.0 * d / form.N), 2)).Sum();
            Assert.Equal(row.Q2, q2, 10);
        }
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Gray_code_energy_at_the_end_equals_the_direct_sum(string name)
    {
        var solution = ExactSolver.Solve(Instance(name), [1.0], new ExactOptions(Overlaps: false));
        Assert.Equal(solution.DirectFinalEnergy, solution.TrackedFinalEnergy, 9);
    }

    [Fact]
    public void Integer_and_real_walks_agree_on_a_pm1_instance()
    {
        var integer = Instance("sk-pm1-integer");
        var real = PairwiseForm.Of(new BondList(integer.N, [.. Enumerable.Range(0, integer.Bonds.Count).Select(b => (integer.Bonds[b].I, integer.Bonds[b].J, integer.Bonds[b].Strength * (1 + 1e-13)))]));
        var a = ExactSolver.Solve(integer, Betas);
        var b = ExactSolver.Solve(real, Betas);
        Assert.Contains("int32", a.Engine, StringComparison.Ordinal);
        Assert.Contains("float64", b.Engine, StringComparison.Ordinal);
        Assert.Equal(a.GroundEnergy, b.GroundEnergy, 9);
        Assert.Equal(a.GroundDegeneracy, b.GroundDegeneracy);
        Assert.Equal(a.LocalMinimaCount, b.LocalMinimaCount);
        for (int t = 0; t < Betas.Length; t++)
        {
            Assert.Equal(a.Rows[t].Energy, b.Rows[t].Energy, 9);
            Assert.Equal(a.Rows[t].Q4, b.Rows[t].Q4, 9);
        }
    }

    [Fact]
    public void Ring_matches_the_transfer_matrix_solution()
    {
        const int n = 12;
        var ring = new IsingRing(n, 1.0, 0.3);
        var bonds = new BondList(n, [.. Enumerable.Range(0, n).Select(i => (i, (i + 1) % n, 1.0))], Enumerable.Repeat(0.3, n).ToArray());
        var solution = ExactSolver.Solve(PairwiseForm.Of(bonds), [0.2, 0.7, 1.5], new ExactOptions(Overlaps: false));
        foreach (var row in solution.Rows)
        {
            Assert.Equal(ring.EnergyPerSpin(row.Beta), row.Energy, 11);
            Assert.Equal(ring.SpecificHeatPerSpin(row.Beta), row.SpecificHeat, 9);
        }
    }

    [Fact]
    public void Square_ferromagnet_matches_Kaufman_and_has_two_ground_states()
    {
        const int l = 4;
        var bonds = new List<(int, int, double)>();
        for (int y = 0; y < l; y++)
        {
            for (int x = 0; x < l; x++)
            {
                bonds.Add(((y * l) + x, (y * l) + ((x + 1) % l), 1.0));
                bonds.Add(((y * l) + x, (((y + 1) % l) * l) + x, 1.0));
            }
        }

        var kaufman = new KaufmanIsing(l);
        double[] betas = [0.2, 1 / 2.269185314, 0.8];
        var solution = ExactSolver.Solve(PairwiseForm.Of(new BondList(l * l, bonds)), betas);
        Assert.Equal(-2.0, solution.GroundEnergy / (l * l));
        Assert.Equal(2, solution.GroundDegeneracy);
        Assert.Equal(-1.5656238, solution.Rows[1].Energy, 6);
        foreach (var row in solution.Rows)
        {
            Assert.Equal(kaufman.EnergyPerSpin(row.Beta), row.Energy, 10);
            Assert.Equal(kaufman.SpecificHeatPerSpin(row.Beta), row.SpecificHeat, 8);
        }
    }

    [Fact]
    public void Sk_overlap_distribution_is_symmetric_at_zero_field()
    {
        var form = PairwiseForm.Of(BondList.SherringtonKirkpatrick(12, gaussian: true, new Xoshiro256StarStar(3)));
        var solution = ExactSolver.Solve(form, [0.5, 2, double.PositiveInfinity]);
        foreach (var row in solution.Rows)
        {
            var p = row.OverlapDistribution;
            for (int d = 0; d < p.Length; d++)
            {
                Assert.Equal(p[d], p[^(d + 1)], 12);
            }
        }

        // at T = 0 the two replicas sit in the ground pair ±s*: q = ±1 with probability ½ each
        Assert.Equal(2, solution.GroundDegeneracy);
        Assert.Equal(0.5, solution.Rows[2].OverlapDistribution[0], 12);
        Assert.Equal(1.0, solution.Rows[2].Q2, 12);
        Assert.Equal(1.0, solution.Rows[2].BinderG, 12);
    }

    [Fact]
    public void More_than_32_spins_are_refused_with_the_reason()
    {
        var bonds = new BondList(33, [(0, 1, 1.0)]);
        var error = Assert.Throws<ArgumentException>(() => ExactSolver.Solve(PairwiseForm.Of(bonds), [1.0]));
        Assert.Contains("2^N", error.Message, StringComparison.Ordinal);
        var overlaps = Assert.Throws<ArgumentException>(() => ExactSolver.Solve(PairwiseForm.Of(new BondList(29, [(0, 1, 1.0)])), [1.0]));
        Assert.Contains("overlaps", overlaps.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_walk_allocates_nothing_per_state(bool gaussian)
    {
        // setup allocates per enumeration (fields, rows, histograms); 2^20 states with even 24 bytes each would be 24 MiB
        long Allocated(int n)
        {
            var bonds = BondList.SherringtonKirkpatrick(n, gaussian, new Xoshiro256StarStar(1));
            var form = PairwiseForm.Of(gaussian ? bonds : Integerised(bonds));
            ExactSolver.Solve(form, [1.0], new ExactOptions(Overlaps: false));
            long before = GC.GetAllocatedBytesForCurrentThread();
            ExactSolver.Solve(form, [1.0], new ExactOptions(Overlaps: false));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(Allocated(20) - Allocated(12) < 1 << 20);
    }
}
