using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>One model per state type that offers the chain a capability, with a β at which its chain moves.</summary>
internal static class ChainCatalog
{
    /// <summary>The row width of rows order: every catalogue state's N is a multiple of it.</summary>
    public const int RowWidth = 5;

    public static IEnumerable<(string Name, IEnergyModel Model, double Beta)> All()
    {
        var rng = new Xoshiro256StarStar(31);
        yield return ("hopfield-wide", new HopfieldNetwork(PatternSet.Random(150, 19, rng, PatternLayout.Wide)), 4);
        yield return ("hopfield-packed", new HopfieldNetwork(PatternSet.Random(130, 70, rng, PatternLayout.Packed)), 2);
        var thresholds = new double[80];
        for (int i = 0; i < thresholds.Length; i++)
        {
            thresholds[i] = rng.NextGaussian();
        }

        yield return ("hopfield-binary", new HopfieldNetwork(PatternSet.Random(80, 9, rng), NeuronCoding.Binary, thresholds), 0.3);
        yield return ("dense-polynomial", new DenseAssociativeMemory(PatternSet.Random(60, 12, rng), Interaction.Polynomial, 3), 0.002);
        yield return ("dense-exponential", new DenseAssociativeMemory(PatternSet.Random(50, 8, rng), Interaction.Exponential), 0.05);
        yield return ("sk", new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(40, rng), [.. Enumerable.Range(0, 40).Select(i => 0.1 * (i % 3))]), 1.5);
        yield return ("ising-chain", new IsingLattice(LatticeKind.Chain, 40, j: 0.8, h: 0.2), 0.7);
        yield return ("ising-square", new IsingLattice(LatticeKind.Square, 10, h: -0.1), 0.44);
        yield return ("ising-cubic", new IsingLattice(LatticeKind.Cubic, 5, j: -1), 0.3);
    }

    public static (IEnergyModel Model, double Beta) Get(string name)
    {
        var entry = All().Single(x => x.Name == name);
        return (entry.Model, entry.Beta);
    }

    /// <summary>
    /// Every (state, rule, order, β) a chain allows: checkerboard on lattices, rows (of <see cref="RowWidth"/> sites) at
    /// zero temperature, synchronous at a finite β and at β = ∞.
    /// </summary>
    public static TheoryData<string, UpdateRule, SiteOrder, double> Cases()
    {
        var data = new TheoryData<string, UpdateRule, SiteOrder, double>();
        foreach (var (name, model, beta) in All())
        {
            SiteOrder[] orders = model is IsingLattice
                ? [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation, SiteOrder.Checkerboard]
                : [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation];
            foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.Glauber, UpdateRule.ZeroTemperature })
            {
                foreach (var order in orders)
                {
                    data.Add(name, rule, order, rule == UpdateRule.ZeroTemperature ? double.PositiveInfinity : beta);
                }
            }

            data.Add(name, UpdateRule.ZeroTemperature, SiteOrder.Rows, double.PositiveInfinity);
            data.Add(name, UpdateRule.Synchronous, SiteOrder.Random, beta);
            data.Add(name, UpdateRule.Synchronous, SiteOrder.Random, double.PositiveInfinity);
        }

        return data;
    }
}
