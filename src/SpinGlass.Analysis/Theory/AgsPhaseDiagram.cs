using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The replica-symmetric phase diagram of the Hopfield model in the (α, T) plane, α = p/N: the spin-glass line
/// <c>T_g(α) = 1 + √α</c>, the retrieval limit <c>T_M(α)</c> (equivalently the largest retrieval load <c>α_M(T)</c>)
/// and the line <c>T_c(α)</c> (equivalently <c>α_c(T)</c>) below which retrieval states are global free-energy minima.
/// </summary>
/// <remarks>
/// D. J. Amit, H. Gutfreund &amp; H. Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985); Ann. Phys. 173, 30 (1987).
/// <c>α_M(T)</c> is the maximum over m of the load α(m) along the condensed solution curve at fixed T, the
/// fold where the retrieval solution disappears and m jumps to 0 (Brent maximisation); <c>α_c(T)</c> is a Brent root
/// of <c>f_R − f_SG</c> in α. In the RS theory both lines are slightly re-entrant at low T (a known
/// low-temperature artefact of replica symmetry): <c>α_M(T)</c> peaks at <see cref="RetrievalLimitTip"/> above
/// <c>α_c ≈ 0.1379</c>, <c>α_c(T)</c> at <see cref="GlobalStabilityTip"/> above 0.0519. The load-parametrised forms
/// <c>T_M(α)</c>, <c>T_c(α)</c> return the upper temperature; the T-parametrised forms trace the whole lines.
/// A point takes a few milliseconds; the tips are computed once (~0.3 s).
/// </remarks>
public static class AgsPhaseDiagram
{
    /// <summary>
    /// The T = 0 storage capacity <c>α_c = max_y α(y) ≈ 0.137906</c>, <c>α(y) = ½[erf(y)/y − (2/√π) e^{−y²}]²</c>,
    /// the largest load with a retrieval state at T = 0.
    /// </summary>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985).</remarks>
    public static double CriticalLoad => ZeroTemperatureAgs.Load(ZeroTemperatureAgs.CriticalY);

    /// <summary>The T = 0 retrieval overlap at capacity, <c>m(α_c) = erf(y_c) ≈ 0.9674</c> (1.6 % wrong bits).</summary>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985).</remarks>
    public static double CriticalOverlap => SpecialFunctions.Erf(ZeroTemperatureAgs.CriticalY);

    /// <summary>
    /// The load <c>α ≈ 0.0519</c> where <c>T_c(α)</c> reaches T = 0: the T = 0 retrieval energy
    /// <c>−m²/2 − (α/2) C(2 − C)/(1 − C)²</c> equals the spin-glass one, <c>−1/π − √(2α/π)</c>.
    /// </summary>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double GlobalStabilityLoad => StabilityLines.ZeroTemperatureStabilityLoad.Value;

    /// <summary>The largest retrieval load of the RS theory at any T, <c>max_T α_M(T)</c>, and where it occurs.</summary>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static PhaseLinePoint RetrievalLimitTip => StabilityLines.RetrievalTip.Value;

    /// <summary>The largest load of the global-stability line, <c>max_T α_c(T)</c>, and where it occurs.</summary>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static PhaseLinePoint GlobalStabilityTip => StabilityLines.StabilityTip.Value;

    /// <summary>The spin-glass temperature <c>T_g(α) = 1 + √α</c>, below which m = 0, q &gt; 0 states exist.</summary>
    /// <param name="alpha">Load <c>α ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double SpinGlassTemperature(double alpha)
    {
        TheoryGuards.RequireLoad(alpha);
        return 1 + Math.Sqrt(alpha);
    }

    /// <summary>
    /// The largest load <c>α_M(T)</c> with a retrieval state at temperature T: <c>α_c</c> at T = 0, 0 from T = 1 on.
    /// </summary>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double CriticalLoadAt(double temperature)
    {
        TheoryGuards.RequireTemperature(temperature);
        return StabilityLines.RetrievalLoadAt(temperature);
    }

    /// <summary>
    /// The retrieval limit <c>T_M(α)</c>, the highest temperature with a retrieval state at load α: 1 at α = 0
    /// (small α: <c>T_M ≈ 1 − 1.95√α</c>), NaN beyond <see cref="RetrievalLimitTip"/>.
    /// </summary>
    /// <param name="alpha">Load <c>α ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987); T_M(0.05) ≈ 0.542, T_M(0.1) ≈ 0.315.</remarks>
    public static double RetrievalLimitTemperature(double alpha)
    {
        TheoryGuards.RequireLoad(alpha);
        return StabilityLines.UpperTemperature(
            RetrievalLimitTip, alpha, t => (StabilityLines.RetrievalLoadAt(t) / alpha) - 1);
    }

    /// <summary>
    /// The load <c>α_c(T)</c> where retrieval and spin-glass free energies are equal (<c>f_R = f_SG</c>) at
    /// temperature T; retrieval states are global minima below it. <see cref="GlobalStabilityLoad"/> at T = 0,
    /// 0 from T = 1 on.
    /// </summary>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double GlobalStabilityLoadAt(double temperature)
    {
        TheoryGuards.RequireTemperature(temperature);
        return StabilityLines.StabilityLoadAt(temperature);
    }

    /// <summary>
    /// The global-stability temperature <c>T_c(α)</c>, the highest temperature with <c>f_R = f_SG</c>: 1 at α = 0
    /// (small α: <c>T_c ≈ 1 − 2.6√α</c>), NaN beyond <see cref="GlobalStabilityTip"/>. Between
    /// <see cref="GlobalStabilityLoad"/> and the tip the RS line is re-entrant and retrieval states are global minima
    /// only in a window of T below this one.
    /// </summary>
    /// <param name="alpha">Load <c>α ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double GlobalStabilityTemperature(double alpha)
    {
        TheoryGuards.RequireLoad(alpha);
        return StabilityLines.UpperTemperature(GlobalStabilityTip, alpha, t => StabilityLines.FreeEnergyGap(alpha, t));
    }
}
