
namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The m = 0, q &gt; 0 solution of the AGS equations at finite β: <c>1 − q = ∫Dz sech²(βσz)</c> with
/// <c>σ² = αr = αq/(1 − β + βq)²</c>; it exists below <c>T_g = 1 + √α</c> and merges with the paramagnet there.
/// </summary>
/// <remarks>
/// Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987). For β &gt; 1 the unknown is <c>C = β(1 − q)</c>
/// on <c>(0, 1)</c> (the paramagnet, <c>C = β</c>, lies outside), where <c>βS − C</c> goes from positive at
/// <c>C = 0</c> to −1 as <c>C → 1</c>. For β ≤ 1 the paramagnetic root q = 0 is divided out:
/// <c>⟨tanh²(βσz)⟩/q − 1</c> tends to <c>β²α/(1 − β)² − 1</c> as q → 0, positive exactly below <c>T_g</c>, and to
/// <c>−⟨sech²(β√α z)⟩ &lt; 0</c> at q = 1.
/// </remarks>
internal static class SpinGlassBranch
{
    private const double RootAccuracy = 1e-14;

    // Below this q the division by q costs more digits than the root is worth; T_g − T ~ 1e-9 is "at T_g".
    private const double SmallestOverlap = 1e-9;

    /// <summary><c>1 − q</c> of the spin-glass state at finite β &gt; 0 and α &gt; 0, or null above <c>T_g</c>.</summary>
    public static double? OneMinusQ(double alpha, double beta)
    {
        if (beta > 1)
        {
            double c = RootSearch.Find(
                x => beta * Sech2(alpha, beta, 1 - x / beta, 1 - x) - x, 0, 1 - 1e-15, RootAccuracy);
            return c / beta;
        }

        double Excess(double q) => (1 - Sech2(alpha, beta, q, 1 - beta + beta * q)) / q - 1;
        if (!(Excess(SmallestOverlap) > 0))
        {
            return null;
        }

        return 1 - RootSearch.Find(Excess, SmallestOverlap, 1, RootAccuracy);
    }

    private static double Sech2(double alpha, double beta, double q, double denominator) =>
        FieldAverages.Evaluate(beta, 0, Math.Sqrt(alpha * q) / denominator).Sech2;
}
