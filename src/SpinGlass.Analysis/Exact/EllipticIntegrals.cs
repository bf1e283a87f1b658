namespace SpinGlass.Analysis.Exact;

/// <summary>
/// Complete elliptic integrals <c>𝐊(k) = ∫₀^{π/2} dφ / √(1 − k² sin²φ)</c> and
/// <c>𝐄(k) = ∫₀^{π/2} dφ √(1 − k² sin²φ)</c> of modulus <c>k</c>, through the arithmetic–geometric mean.
/// </summary>
/// <remarks>
/// <c>𝐊(k) = π / (2 AGM(1, k′))</c> with <c>k′ = √(1 − k²)</c>, and
/// <c>𝐄(k) = 𝐊(k) [1 − Σ_{n≥0} 2^{n−1} c_n²]</c> with <c>c₀ = k</c>, <c>c_{n+1} = (a_n − b_n)/2</c>
/// (Abramowitz &amp; Stegun 1964, §17.6). Both converge quadratically: a handful of iterations.
/// </remarks>
public static class EllipticIntegrals
{
    private const int MaxIterations = 64;

    /// <summary>The arithmetic–geometric mean <c>AGM(a, b)</c> of two non-negative numbers.</summary>
    /// <param name="a">First argument, <c>a ≥ 0</c>.</param>
    /// <param name="b">Second argument, <c>b ≥ 0</c>.</param>
    /// <remarks>Gauss 1799; <c>AGM(a, 0) = 0</c>.</remarks>
    public static double Agm(double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        for (int i = 0; i < MaxIterations && a != b; i++)
        {
            double mean = 0.5 * (a + b);
            b = Math.Sqrt(a * b);
            if (mean == a || mean == b)
            {
                a = mean;
                break;
            }

            a = mean;
        }

        return a;
    }

    /// <summary>The complete elliptic integral of the first kind <c>𝐊(k)</c>; <c>+∞</c> at <c>k = 1</c>.</summary>
    /// <param name="k">Modulus, <c>0 ≤ k ≤ 1</c>.</param>
    /// <remarks>Abramowitz &amp; Stegun 1964, eq. 17.6.1.</remarks>
    public static double CompleteFirstKind(double k) => FirstKindFromComplement(Complement(k));

    /// <summary>The complete elliptic integral of the second kind <c>𝐄(k)</c>; <c>𝐄(1) = 1</c>.</summary>
    /// <param name="k">Modulus, <c>0 ≤ k ≤ 1</c>.</param>
    /// <remarks>Abramowitz &amp; Stegun 1964, eq. 17.6.3–17.6.4.</remarks>
    public static double CompleteSecondKind(double k) => SecondKindFromComplement(k, Complement(k));

    /// <summary><c>𝐊</c> from the complementary modulus <c>k′</c>, accurate near <c>k = 1</c> where <c>1 − k²</c> cancels.</summary>
    internal static double FirstKindFromComplement(double kPrime) =>
        kPrime == 0 ? double.PositiveInfinity : Math.PI / (2 * Agm(1, kPrime));

    /// <summary><c>𝐄</c> from the modulus <c>k</c> and its complement <c>k′ = √(1 − k²)</c>.</summary>
    internal static double SecondKindFromComplement(double k, double kPrime)
    {
        if (kPrime == 0)
        {
            return 1;
        }

        double a = 1, b = kPrime, c = k, power = 0.5, sum = 0.5 * c * c;
        for (int i = 0; i < MaxIterations && c != 0 && sum + power * c * c != sum; i++)
        {
            c = 0.5 * (a - b);
            (a, b) = (0.5 * (a + b), Math.Sqrt(a * b));
            power *= 2;
            sum += power * c * c;
        }

        return Math.PI / (2 * a) * (1 - sum);
    }

    private static double Complement(double k)
    {
        if (!(k >= 0 && k <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "The modulus must lie in [0, 1].");
        }

        return Math.Sqrt((1 - k) * (1 + k));
    }
}
