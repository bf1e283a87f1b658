using MathNet.Numerics;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>
/// Hopfield's Gaussian estimate of the errors of a nominal memory: the field on a bit of a stored memory is a
/// signal from that memory plus the crosstalk of the other p − 1, a sum of many ±1 terms treated as Gaussian noise,
/// and a bit is wrong when the noise overcomes the signal: <c>P = ½ erfc(signal/√(2 variance))</c>.
/// </summary>
/// <remarks>
/// <para>Hopfield, PNAS 79, 2554 (1982), Eq. 10: <c>P = (1/√(2π)) ∫_{N/2}^∞ e^{−x²/2σ²} dx/σ</c>,
/// <c>σ² = (n − 1)N/2</c>, which gives P = 0.0091 for n = 10, N = 100.</para>
/// <para>Binary neurons (his convention, <c>T_ij = Σ_s (2V^s_i − 1)(2V^s_j − 1)</c>, <c>U_i = 0</c>): the field
/// <c>Σ_j T_ij V^s_j</c> has the signal <c>(2V^s_i − 1)·#{j ≠ i : V^s_j = 1}</c> ≈ ±N/2, and each other memory adds a sum
/// of ±1 over the ≈ N/2 active neurons, variance N/2; so signal N/2, variance (p − 1)N/2 (Hopfield's rounding of
/// (N − 1)/2 to N/2 is kept so that the paper's number comes out).</para>
/// <para>Spin neurons (<c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>): <c>N ξ^1_i h_i = (N − 1) + Σ_{μ≠1} Σ_{j≠i} ξ^1_i ξ^μ_i ξ^μ_j ξ^1_j</c>,
/// signal N − 1, variance (p − 1)(N − 1). Every neuron now counts towards the signal, so the spin network's
/// signal-to-noise ratio is √2 times the binary one's, and far fewer bits are wrong.</para>
/// <para>The estimate is for one update at the memory; errors are taken independent, so a memory is error-free with
/// probability <c>(1 − P)^N</c> ≈ <c>e^{−NP}</c> (0.40 for N = 100, n = 10, Hopfield's e^{−0.91}).</para>
/// </remarks>
public static class StabilityTheory
{
    /// <summary>The per-bit error probability <c>P = ½ erfc(signal/√(2 variance))</c> for N neurons and p memories.</summary>
    /// <param name="n">Neurons N ≥ 2.</param>
    /// <param name="p">Memories p ≥ 1 (real, so that curves can be drawn); p = 1 gives 0.</param>
    /// <param name="coding">Binary (Hopfield 1982) or spin neurons.</param>
    public static double BitErrorProbability(int n, double p, NeuronCoding coding)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1.0);
        if (p == 1)
        {
            return 0;
        }

        var (signal, variance) = coding == NeuronCoding.Binary
            ? (n / 2.0, (p - 1) * n / 2.0)
            : (n - 1.0, (p - 1) * (n - 1.0));
        return 0.5 * SpecialFunctions.Erfc(signal / Math.Sqrt(2 * variance));
    }

    /// <summary>The Gaussian estimate of the fraction of memories with no wrong bit, <c>(1 − P)^N</c>.</summary>
    public static double ErrorFreeRate(int n, double p, NeuronCoding coding) =>
        Math.Pow(1 - BitErrorProbability(n, p, coding), n);
}
