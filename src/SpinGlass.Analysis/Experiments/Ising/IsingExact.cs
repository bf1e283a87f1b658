using SpinGlass.Analysis.Exact;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// The exact finite-lattice energy and specific heat per spin where they are known: the transfer-matrix ring for
/// chains, Kaufman's solution for ferromagnetic square lattices in zero field; NaN otherwise (cubic lattices).
/// </summary>
public static class IsingExact
{
    /// <summary>Exact <c>(E/N, C/N)</c> at <paramref name="beta"/>, NaN where unknown.</summary>
    public static (double Energy, double SpecificHeat) At(LatticeKind lattice, int l, double j, double h, double beta)
    {
        switch (lattice)
        {
            case LatticeKind.Chain:
                var ring = new IsingRing(l, j, h);
                return (ring.EnergyPerSpin(beta), ring.SpecificHeatPerSpin(beta));
            case LatticeKind.Square when h == 0 && j > 0 && l >= 2:
                var kaufman = new KaufmanIsing(l, l, j);
                return (kaufman.EnergyPerSpin(beta), kaufman.SpecificHeatPerSpin(beta));
            default:
                return (double.NaN, double.NaN);
        }
    }

    /// <summary>True when <see cref="At"/> has an exact answer for this lattice.</summary>
    public static bool IsKnown(LatticeKind lattice, int l, double j, double h) =>
        lattice == LatticeKind.Chain || (lattice == LatticeKind.Square && h == 0 && j > 0 && l >= 2);

    /// <summary>The name of the exact solution used, for legends.</summary>
    public static string SourceName(LatticeKind lattice) => lattice == LatticeKind.Chain ? "exact ring" : "Kaufman";
}
