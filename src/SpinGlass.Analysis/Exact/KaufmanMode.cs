namespace SpinGlass.Analysis.Exact;

/// <summary>
/// One mode <c>γ_l(K)</c> of Kaufman's solution with its K-derivatives, and the exponent <c>|γ_l| + ln(2 sinh 2K)</c> of a
/// factor that has absorbed its share of the prefactor, with that exponent's derivatives computed without cancellation.
/// </summary>
/// <remarks>
/// B. Kaufman, Phys. Rev. 76, 1232 (1949): <c>cosh γ_l = cosh 2K coth 2K − cos(πl/n)</c>, <c>γ_0 = 2K + ln tanh K</c>.
/// At high T, <c>γ_l′ ≈ −2 coth 2K</c>; the slope <c>G = ±γ_l′ + 2 coth 2K</c> is formed algebraically so that it stays
/// accurate when both terms are large.
/// </remarks>
internal readonly record struct KaufmanMode(double Gamma, double Gamma1, double Gamma2, double Exponent, double Slope, double Curvature)
{
    /// <summary>The modes <c>l = 0 … 2n − 1</c> at coupling <c>K</c>.</summary>
    public static KaufmanMode[] Spectrum(int n, double k)
    {
        double s = Math.Sinh(2 * k), c = Math.Cosh(2 * k), t = Math.Tanh(k), logPrefactor = Math.Log(2 * s);
        double excess = (s - 1) * ((s - 1) / s); // cosh 2K coth 2K − 2 ≥ 0, zero at T_c
        double a1 = 2 * c * (1 - 1 / (s * s)), a2 = 4 * s - 4 / s + 8 * (c / s) * (c / s) / s;
        var modes = new KaufmanMode[2 * n];
        double gamma0 = 2 * k + Math.Log(t);
        var (slope0, curvature0) = gamma0 >= 0 ? (2 + 2 * (1 + c) / s, -4 * (c + 1) / (s * s)) : (-2 + 2 * t, 4 * t / s);
        modes[0] = new(gamma0, 2 + 2 / s, -4 * c / (s * s), Math.Abs(gamma0) + logPrefactor, slope0, curvature0);
        for (int l = 1; l < 2 * n; l++)
        {
            double half = Math.Sin(Math.PI * l / (2.0 * n)), cosine = Math.Cos(Math.PI * l / n);
            double delta = excess + 2 * half * half; // cosh γ_l − 1, without cancellation
            double sinhGamma = Math.Sqrt(delta) * Math.Sqrt(2 + delta);
            double gamma = StableMath.Log1P(delta + sinhGamma);
            double gamma1 = a1 / sinhGamma;
            double gamma2 = a2 / sinhGamma - gamma1 * gamma1 * (1 + delta) / sinhGamma;

            // G = 2 cosh 2K (Y + R)/(s R), Y = s² − 1, R = s sinh γ; for Y < 0, Y + R = (R² − Y²)/(R − Y) with
            // R² − Y² = s[3s + s cos²θ − 2 cos θ (1 + s²)].
            double y = s * s - 1, r = s * sinhGamma;
            double yPlusR = y >= 0 ? y + r : s * (3 * s + s * cosine * cosine - 2 * cosine * (1 + s * s)) / (r - y);
            modes[l] = new(gamma, gamma1, gamma2, gamma + logPrefactor, 2 * c * yPlusR / (s * r), gamma2 - 4 / (s * s));
        }

        return modes;
    }
}
