using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>Every model kind at N ≤ 12, with two inverse temperatures in its natural units.</summary>
internal static class SmallModels
{
    public static IEnergyModel Get(string name)
    {
        var rng = new Xoshiro256StarStar(31);
        switch (name)
        {
            case "chain":
                return new IsingLattice(LatticeKind.Chain, 9, j: 1, h: 0.3);
            case "square":
                return new IsingLattice(LatticeKind.Square, 3, j: 1, h: 0.1);
            case "cubic":
                return new IsingLattice(LatticeKind.Cubic, 2, j: 0.5);
            case "sk":
                return new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(9, rng), name: "sk");
            case "pm-j":
                return new CouplingMatrixModel(CouplingMatrix.PlusMinusJ(9, rng), name: "pm-j");
            case "hopfield":
                return new HopfieldNetwork(PatternSet.Random(10, 2, rng));
            case "hopfield-binary":
                return new HopfieldNetwork(PatternSet.Random(8, 2, rng), NeuronCoding.Binary, [0.5, -0.5, 0, 1, 0, 0, -1, 0.25]);
            case "dense":
                return new DenseAssociativeMemory(PatternSet.Random(8, 2, rng), Interaction.Polynomial, 3);
            case "dense-exponential":
                return new DenseAssociativeMemory(PatternSet.Random(8, 3, rng), Interaction.Exponential);
            default:
                var fields = new double[8];
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = 0.3 * rng.NextGaussian();
                }

                return new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(8, rng), fields, "explicit");
        }
    }

    public static IEnumerable<(string Name, double Beta)> Cases()
    {
        // Lattices only up to β = 0.45: deeper in the ordered phase a 3×3 or 2×2×2 lattice tunnels between the
        // ± states too rarely for a few thousand sweeps per chain, which no local sampler can help.
        foreach (string name in new[] { "chain", "square", "cubic" })
        {
            yield return (name, 0.25);
            yield return (name, 0.45);
        }

        foreach (string name in new[] { "sk", "pm-j", "hopfield", "explicit" })
        {
            yield return (name, 0.3);
            yield return (name, 0.8);
        }

        yield return ("hopfield-binary", 0.1);
        yield return ("hopfield-binary", 0.3);

        // Dense n = 3 at N = 8: a flip costs ~6M² ≈ 50 at random states and ~300 at a stored pattern; from β ≈ 0.015 on a
        // chain leaves a pattern too rarely for these run lengths (Glauber then fails on mixing, not on the weights).
        yield return ("dense", 0.005);
        yield return ("dense", 0.01);

        // Exponential F(x) = e^{x−N}: energies in [−K, 0), flip costs below 1.
        yield return ("dense-exponential", 1.0);
        yield return ("dense-exponential", 3.0);
    }
}
