using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>Picks the fast checkerboard sampler for an Ising lattice and dynamics, where one applies.</summary>
public static class LatticeSamplers
{
    /// <summary>
    /// A specialised sampler for <paramref name="lattice"/> under <paramref name="dynamics"/>, or null when none
    /// applies: checkerboard order on a square lattice of even L; multispin coding for Metropolis at h = 0 (and finite
    /// J), the AVX2 checkerboard sampler for Metropolis or Glauber otherwise. Its spins start all up.
    /// </summary>
    /// <remarks>
    /// Which sampler (and which of its kernels) runs can depend on the CPU; <see cref="ISweepable.Engine"/> names it.
    /// Multispin Metropolis is always available (its vector kernels need AVX2 and L a multiple of 1024, else the word
    /// kernel runs: see <see cref="SquareIsingMultispin.Engine"/>). Without AVX2 the Glauber rule and a field h ≠ 0
    /// have no specialised sampler: this returns null and the caller's <see cref="MarkovChain"/> runs instead.
    /// </remarks>
    public static ILatticeSampler? TryCreate(IsingLattice lattice, Dynamics dynamics, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(dynamics);
        if (dynamics.Order != SiteOrder.Checkerboard || lattice.Kind != LatticeKind.Square || lattice.L % 2 != 0
            || !double.IsFinite(lattice.J) || !double.IsFinite(lattice.H))
        {
            return null;
        }

        if (dynamics.Rule == UpdateRule.Metropolis && lattice.H == 0)
        {
            return new SquareIsingMultispin(lattice.L, dynamics.Beta, rng, lattice.J);
        }

        return dynamics.Rule is UpdateRule.Metropolis or UpdateRule.Glauber && SquareIsingCheckerboard.IsSupported
            ? new SquareIsingCheckerboard(lattice.L, dynamics.Beta, rng, dynamics.Rule, lattice.J, lattice.H)
            : null;
    }
}
