using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Tests.Experiments;

/// <summary>Model sources for the spin-glass experiment tests: one fixed instance, or SK / EA disorder from the stream.</summary>
internal sealed class TestModelSource(string kind, int n, int l, Func<Xoshiro256StarStar, BondList> bonds, bool isRandom) : ModelSource
{
    public override int N => n;

    public override int L => l;

    public override bool IsRandom => isRandom;

    public override string Kind => kind;

    public override string Description => $"test {kind} N = {n}";

    public static TestModelSource Fixed(BondList bonds) => new("couplings", bonds.N, 0, _ => bonds, isRandom: false);

    public static TestModelSource Sk(int n) => new("sk", n, 0, rng => BondList.SherringtonKirkpatrick(n, gaussian: true, rng), isRandom: true);

    public static TestModelSource Ea(int dimension, int l) =>
        new("ea", (int)Math.Pow(l, dimension), l, rng => BondList.EdwardsAnderson(dimension, l, gaussian: false, rng), isRandom: true);

    public override SourcedModel Create(Xoshiro256StarStar rng)
    {
        var list = bonds(rng);
        return new SourcedModel(new SparseCouplingModel(list, kind), list, null);
    }
}
