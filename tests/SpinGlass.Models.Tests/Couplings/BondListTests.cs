using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Couplings;

public sealed class BondListTests
{
    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 3)]
    [InlineData(3, 5)]
    public void Edwards_Anderson_couples_every_site_to_its_2d_periodic_neighbours_once(int dimension, int l)
    {
        var bonds = BondList.EdwardsAnderson(dimension, l, gaussian: false, new Xoshiro256StarStar(3));
        int n = (int)Math.Pow(l, dimension);
        Assert.Equal(n, bonds.N);
        Assert.Equal(n * dimension, bonds.Count);
        var degree = new int[n];
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, strength) = bonds[b];
            degree[i]++;
            degree[j]++;
            Assert.True(Math.Abs(strength) == 1);
            int distance = 0;
            for (int d = 0, stride = 1; d < dimension; d++, stride *= l)
            {
                int delta = Math.Abs(i / stride % l - j / stride % l);
                distance += Math.Min(delta, l - delta);
            }

            Assert.Equal(1, distance);
        }

        Assert.All(degree, k => Assert.Equal(2 * dimension, k));
        Assert.True(bonds.IsIntegral);
    }

    [Fact]
    public void Sherrington_Kirkpatrick_bonds_have_variance_one_over_n()
    {
        const int n = 400;
        var bonds = BondList.SherringtonKirkpatrick(n, gaussian: true, new Xoshiro256StarStar(5));
        Assert.Equal(n * (n - 1) / 2, bonds.Count);
        double sum = 0, squares = 0;
        for (int b = 0; b < bonds.Count; b++)
        {
            sum += bonds[b].Strength;
            squares += bonds[b].Strength * bonds[b].Strength;
        }

        double mean = sum / bonds.Count;
        double variance = squares / bonds.Count - mean * mean;
        // 79,800 bonds: the variance's standard error is √(2/M)/N ≈ 1.3e-5
        Assert.InRange(variance * n, 0.98, 1.02);
        Assert.InRange(mean * Math.Sqrt(n), -0.02, 0.02);
        var pm = BondList.SherringtonKirkpatrick(9, gaussian: false, new Xoshiro256StarStar(5));
        Assert.All(Enumerable.Range(0, pm.Count), b => Assert.Equal(1 / 3.0, Math.Abs(pm[b].Strength), 12));
    }

    [Fact]
    public void The_energy_counts_each_pair_once_and_the_fields()
    {
        var bonds = new BondList(3, [(0, 1, 2.0), (2, 1, -1.0)], [0.5, 0, -1]);
        // −(2·(+1)(−1) + (−1)·(−1)(+1)) − (0.5·1 − 1·1) = −(−2 + 1) − (−0.5) = 1.5
        Assert.Equal(1.5, bonds.Energy([1, -1, 1]), 12);
        Assert.Equal(1.5, new SparseCouplingModel(bonds).Energy([1, -1, 1]), 12);
        Assert.False(bonds.IsIntegral);
    }

    [Theory]
    [InlineData(0, 0, "joins 0 and 0")]
    [InlineData(0, 3, "sites are 0 … 2")]
    [InlineData(1, 0, "given twice")]
    public void Bad_bonds_are_refused(int i, int j, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => new BondList(3, [(0, 1, 1.0), (i, j, 1.0)]));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
