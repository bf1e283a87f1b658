using SpinGlass.Analysis.Exact;
using SpinGlass.Models;
using SpinGlass.Sampling.Clusters;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>
/// Seeded χ² tests of Wolff single-cluster updates against exact enumeration on rings, 3×3 and 4×4 tori and the
/// 2×2×2 torus (where every neighbour pair is coupled twice), ferro- and antiferromagnetic, bipartite and frustrated;
/// and the same test applied to a broken Wolff whose bond probability is <c>1 − e^{−βJ}</c> (the cluster grown at β/2),
/// which must fail.
/// </summary>
public sealed class WolffChiSquareTests(ITestOutputHelper output)
{
    // 11 passing cases: a family-wise level of 1 % gives about 1e-3 per case (Bonferroni).
    private const double PassLevel = 1e-3;
    private const int Chains = 200;
    private const int Thermalize = 50;
    private const int SamplesPerChain = 1000;
    private const int Thin = 4;

    public static TheoryData<LatticeKind, int, double, double> Cases() => new()
    {
        { LatticeKind.Chain, 8, 1.0, 0.4 },
        { LatticeKind.Chain, 8, 1.0, 1.0 },
        { LatticeKind.Chain, 7, -1.0, 0.7 },
        { LatticeKind.Square, 3, 1.0, 0.3 },
        { LatticeKind.Square, 3, 1.0, 0.6 },
        { LatticeKind.Square, 3, -1.0, 0.5 },
        { LatticeKind.Square, 4, 1.0, 0.44 },
        { LatticeKind.Square, 4, -1.0, 0.3 },
        { LatticeKind.Cubic, 2, 1.0, 0.15 },
        { LatticeKind.Cubic, 2, 1.0, 0.4 },
        { LatticeKind.Cubic, 2, -0.7, 0.4 },
    };

    public static TheoryData<LatticeKind, int, double, double> BrokenCases() => new()
    {
        { LatticeKind.Chain, 8, 1.0, 1.0 },
        { LatticeKind.Square, 3, 1.0, 0.6 },
        { LatticeKind.Square, 4, 1.0, 0.44 },
        { LatticeKind.Cubic, 2, 1.0, 0.4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Wolff_configurations_follow_the_exact_Boltzmann_distribution(LatticeKind kind, int l, double j, double beta)
    {
        var lattice = new IsingLattice(kind, l, j);
        double p = BoltzmannHistogram.PValue(Sample(lattice, beta, seed: 2026), ExactEnumeration.Compute(lattice, beta).Probabilities);
        output.WriteLine($"wolff {kind} L={l} J={j} β={beta}: p = {p:G4}");
        Assert.True(p > PassLevel, $"χ² p-value {p:G4} for wolff on {kind} L = {l}, J = {j}, β = {beta}");
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void A_Wolff_update_with_bond_probability_one_minus_exp_minus_beta_J_fails_the_same_test(LatticeKind kind, int l, double j, double beta)
    {
        var lattice = new IsingLattice(kind, l, j);
        double p = BoltzmannHistogram.PValue(Sample(lattice, beta / 2, seed: 2026), ExactEnumeration.Compute(lattice, beta).Probabilities);
        output.WriteLine($"broken wolff {kind} L={l} J={j} β={beta}: p = {p:G4}");
        Assert.True(p < PassLevel, $"the broken Wolff update passed with p = {p:G4} on {kind} L = {l}, β = {beta}");
    }

    private static long[] Sample(IsingLattice lattice, double beta, ulong seed) => BoltzmannHistogram.Sample(
        lattice.N,
        (spins, rng) =>
        {
            var state = (IsingLatticeState)lattice.CreateState(spins);
            return (new WolffCluster(state, beta, rng), state);
        },
        seed,
        Chains,
        Thermalize,
        SamplesPerChain,
        Thin);
}
