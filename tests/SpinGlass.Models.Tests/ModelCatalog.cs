using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Models.Tests;

/// <summary>One instance of every model kind, for property tests that must hold for all of them.</summary>
internal static class ModelCatalog
{
    public static IEnumerable<(string Name, ISpinModel Model)> All()
    {
        foreach (var (name, model) in Hamiltonians())
        {
            yield return (name, model);
        }

        var rng = new Xoshiro256StarStar(77);
        var values = new double[30 * 30];
        for (int i = 0; i < 30; i++)
        {
            for (int j = 0; j < 30; j++)
            {
                values[i * 30 + j] = i == j ? 0 : rng.NextGaussian();
            }
        }

        yield return ("asymmetric", new AsymmetricNetwork(new CouplingMatrix(30, values)));
        var sequenceRng = new Xoshiro256StarStar(78);
        yield return ("sequence", new SequenceNetwork(PatternSet.Random(30, 4, sequenceRng), symmetric: 1, lambda: 1.5, cyclic: false));
    }

    public static IEnumerable<(string Name, IEnergyModel Model)> Hamiltonians()
    {
        var rng = new Xoshiro256StarStar(2024);
        yield return ("chain", new IsingLattice(LatticeKind.Chain, 17, j: 0.7, h: 0.3));
        yield return ("square", new IsingLattice(LatticeKind.Square, 6, j: 1.0, h: -0.2));
        yield return ("cubic", new IsingLattice(LatticeKind.Cubic, 4, j: -0.5, h: 0.1));
        yield return ("square-L2", new IsingLattice(LatticeKind.Square, 2));
        var bondRng = new Xoshiro256StarStar(77);
        yield return ("sparse-sk", new SparseCouplingModel(BondList.SherringtonKirkpatrick(30, gaussian: true, bondRng), "sk"));
        yield return ("sparse-ea2d-pm", new SparseCouplingModel(BondList.EdwardsAnderson(2, 5, gaussian: false, bondRng), "ea"));
        yield return ("sparse-ea3d", new SparseCouplingModel(BondList.EdwardsAnderson(3, 3, gaussian: true, bondRng), "ea"));
        yield return ("sparse-fields", new SparseCouplingModel(new BondList(6, [(0, 1, 0.5), (1, 2, -1.25), (2, 5, 2), (3, 4, 1)], [0.3, -0.2, 0, 1.5, 0, -0.7])));
        yield return ("sk", new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(40, rng), name: "sk"));
        yield return ("pm-j", new CouplingMatrixModel(CouplingMatrix.PlusMinusJ(40, rng), name: "pm-j"));
        var fields = new double[25];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = rng.NextGaussian();
        }

        yield return ("sk-fields", new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(25, rng), fields));
        yield return ("hopfield", new HopfieldNetwork(PatternSet.Random(60, 9, rng)));
        yield return ("hopfield-biased", new HopfieldNetwork(PatternSet.Random(50, 7, rng, bias: 0.4)));
        var thresholds = new double[40];
        for (int i = 0; i < thresholds.Length; i++)
        {
            thresholds[i] = rng.NextGaussian();
        }

        yield return ("hopfield-binary", new HopfieldNetwork(PatternSet.Random(40, 5, rng), NeuronCoding.Binary));
        yield return ("hopfield-binary-thresholds", new HopfieldNetwork(PatternSet.Random(40, 6, rng, 0.2), NeuronCoding.Binary, thresholds));
        yield return ("dense-polynomial", new DenseAssociativeMemory(PatternSet.Random(40, 12, rng), Interaction.Polynomial, 3));
        yield return ("dense-polynomial-even", new DenseAssociativeMemory(PatternSet.Random(30, 5, rng), Interaction.Polynomial, 4));
        yield return ("dense-rectified", new DenseAssociativeMemory(PatternSet.Random(50, 15, rng), Interaction.RectifiedPolynomial, 3));
        yield return ("dense-exponential", new DenseAssociativeMemory(PatternSet.Random(60, 20, rng), Interaction.Exponential));
        yield return ("dense-exponential-beta", new DenseAssociativeMemory(PatternSet.Random(20, 6, rng), Interaction.Exponential, beta: 0.3));
    }

    public static TheoryData<string> Names(bool hamiltoniansOnly)
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in hamiltoniansOnly ? Hamiltonians().Select(x => (x.Name, (ISpinModel)x.Model)) : All())
        {
            data.Add(name);
        }

        return data;
    }

    public static ISpinModel Get(string name) => All().Single(x => x.Name == name).Model;

    public static sbyte[] RandomSpins(int n, Xoshiro256StarStar rng)
    {
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = rng.NextSpin();
        }

        return spins;
    }
}
