using System.Runtime.Intrinsics;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The flip probabilities of a square-lattice site as 32-bit integer thresholds over (spin, neighbour sum): a site
/// with spin s and neighbour sum n ∈ {−4, −2, 0, 2, 4} has <c>ΔE = 2s(J n + h)</c> and flips when a uniform 32-bit
/// word r satisfies <c>r &lt; ⌊P·2³²⌉</c>, or always when P = 1. Lane k of each vector is the entry for n = 2k − 4.
/// </summary>
/// <param name="DownThreshold">Thresholds for s = −1.</param>
/// <param name="UpThreshold">Thresholds for s = +1.</param>
/// <param name="DownAlways">−1 where P = 1 for s = −1.</param>
/// <param name="UpAlways">−1 where P = 1 for s = +1.</param>
internal readonly record struct CheckerboardThresholds(
    Vector256<int> DownThreshold, Vector256<int> UpThreshold, Vector256<int> DownAlways, Vector256<int> UpAlways)
{
    public static CheckerboardThresholds For(UpdateRule rule, double beta, double j, double h)
    {
        Span<int> down = stackalloc int[8], up = stackalloc int[8], downAlways = stackalloc int[8], upAlways = stackalloc int[8];
        for (int k = 0; k < 5; k++)
        {
            int n = (2 * k) - 4;
            (down[k], downAlways[k]) = Threshold(Probability(rule, beta, -2 * ((j * n) + h)));
            (up[k], upAlways[k]) = Threshold(Probability(rule, beta, 2 * ((j * n) + h)));
        }

        return new(Vector256.Create<int>(down), Vector256.Create<int>(up), Vector256.Create<int>(downAlways), Vector256.Create<int>(upAlways));
    }

    /// <summary>The flip probability of a move costing <paramref name="cost"/>, with the same limits as the scalar rules.</summary>
    public static double Probability(UpdateRule rule, double beta, double cost) => rule switch
    {
        UpdateRule.Metropolis => cost <= 0 ? 1 : double.IsPositiveInfinity(beta) ? 0 : Math.Exp(-beta * cost),
        UpdateRule.Glauber => 1 / (1 + Math.Exp(cost == 0 ? 0 : beta * cost)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "The checkerboard sampler runs metropolis or glauber."),
    };

    private static (int Threshold, int Always) Threshold(double p)
    {
        if (p >= 1)
        {
            return (0, -1);
        }

        double scaled = Math.Round(Math.ScaleB(p, 32));
        return ((int)(uint)Math.Min(scaled, uint.MaxValue), 0);
    }
}
