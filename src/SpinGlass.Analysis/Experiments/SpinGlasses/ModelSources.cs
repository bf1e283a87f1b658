using System.Globalization;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>The model sources behind <c>model.kind</c>: a couplings file, SK, Edwards–Anderson, a Hopfield network.</summary>
public static class ModelSources
{
    /// <summary>One fixed instance: the couplings of a file.</summary>
    public static ModelSource Couplings(BondList bonds, string name) => new FixedCouplings(bonds, name);

    /// <summary>Sherrington–Kirkpatrick instances of N spins, J_ij of variance 1/N (Gaussian or ±1/√N), one per trial.</summary>
    public static ModelSource SherringtonKirkpatrick(int n, bool gaussian) => new Sk(n, gaussian);

    /// <summary>Periodic Edwards–Anderson instances, L^dim spins, nearest-neighbour Gaussian or ±1 bonds, one per trial.</summary>
    public static ModelSource EdwardsAnderson(int dimension, int l, bool gaussian) => new Ea(dimension, l, gaussian);

    /// <summary>A Hopfield network of p random patterns of N neurons, drawn per trial.</summary>
    public static ModelSource RandomHopfield(int n, int p) => new RandomPatterns(n, p);

    /// <summary>A Hopfield network of given patterns (one fixed instance), learned by <paramref name="learning"/> (Hebb when null).</summary>
    public static ModelSource Hopfield(PatternSet patterns, string name, HopfieldLearning? learning = null) =>
        new GivenPatterns(patterns, name, learning ?? HopfieldLearning.Hebb);

    private static string Bonds(bool gaussian) => gaussian ? "Gaussian" : "±1";

    private sealed class FixedCouplings(BondList bonds, string name) : ModelSource
    {
        private readonly SparseCouplingModel _model = new(bonds, name);

        public override int N => bonds.N;

        public override bool IsRandom => false;

        public override string Kind => "couplings";

        public override string Description => string.Create(CultureInfo.InvariantCulture, $"couplings of {name}: N = {bonds.N}, {bonds.Count} bonds");

        public override SourcedModel Create(Xoshiro256StarStar rng) => new(_model, bonds, null);
    }

    private sealed class Sk(int n, bool gaussian) : ModelSource
    {
        public override int N => n;

        public override bool IsRandom => true;

        public override string Kind => "sk";

        public override string Description => string.Create(CultureInfo.InvariantCulture, $"SK N = {n}, {Bonds(gaussian)} bonds of variance 1/N");

        public override SourcedModel Create(Xoshiro256StarStar rng)
        {
            var bonds = BondList.SherringtonKirkpatrick(n, gaussian, rng);
            return new(new SparseCouplingModel(bonds, "sk"), bonds, null);
        }
    }

    private sealed class Ea(int dimension, int l, bool gaussian) : ModelSource
    {
        public override int N => (int)Math.Pow(l, dimension);

        public override int L => l;

        public override bool IsRandom => true;

        public override string Kind => "ea";

        public override string Description => string.Create(CultureInfo.InvariantCulture, $"{dimension}D Edwards–Anderson L = {l} (N = {N}), periodic, {Bonds(gaussian)} bonds");

        public override SourcedModel Create(Xoshiro256StarStar rng)
        {
            var bonds = BondList.EdwardsAnderson(dimension, l, gaussian, rng);
            return new(new SparseCouplingModel(bonds, "ea"), bonds, null);
        }
    }

    private sealed class RandomPatterns(int n, int p) : ModelSource
    {
        public override int N => n;

        public override bool IsRandom => true;

        public override string Kind => "hopfield";

        public override string Description => string.Create(CultureInfo.InvariantCulture, $"Hopfield network, N = {n}, p = {p} random patterns");

        public override SourcedModel Create(Xoshiro256StarStar rng)
        {
            var patterns = PatternSet.Random(n, p, rng);
            return new(new HopfieldNetwork(patterns), null, patterns);
        }
    }

    private sealed class GivenPatterns(PatternSet patterns, string name, HopfieldLearning learning) : ModelSource
    {
        private readonly IEnergyModel _network = learning.Build(patterns, NeuronCoding.Spin);

        public override int N => patterns.N;

        public override bool IsRandom => false;

        public override string Kind => "hopfield";

        public override string Description => string.Create(CultureInfo.InvariantCulture, $"Hopfield network of {name}: N = {patterns.N}, p = {patterns.P}, rule {learning.RuleName}");

        public override SourcedModel Create(Xoshiro256StarStar rng) => new(_network, null, patterns);
    }
}
