namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The periodic Ising ring <c>H = −J Σ_i s_i s_{i+1} − h Σ_i s_i</c> (<c>s_{N+1} = s_1</c>) solved by its 2×2 transfer
/// matrix: <c>Z = λ₊^N + λ₋^N</c>, with the energy and specific heat per spin from analytic β-derivatives of ln Z.
/// </summary>
/// <remarks>
/// E. Ising, Z. Phys. 31, 253 (1925); H. A. Kramers &amp; G. H. Wannier, Phys. Rev. 60, 252 (1941). With
/// <c>T = [[e^{β(J+h)}, e^{−βJ}], [e^{−βJ}, e^{β(J−h)}]]</c>, <c>λ± = p ± √(q² + c²)</c>, <c>p, q = (T₁₁ ± T₂₂)/2</c>,
/// <c>c = T₁₂</c>. In zero field <c>Z = (2 cosh K)^N + (2 sinh K)^N</c>, <c>K = βJ</c>. Everything is evaluated as
/// <c>ln Z = N ln λ₊ + ln(1 + r^N)</c>, <c>r = λ₋/λ₊ ∈ (−1, 1)</c>, with the matrix scaled by its largest entry, so
/// nothing overflows; <c>λ₋</c> may be negative (J &lt; 0). <c>N = 1</c> is a spin bonded to itself and <c>N = 2</c>
/// a doubly bonded pair, as in the periodic chain lattice. β = ∞ is the ground-state limit.
/// </remarks>
public sealed class IsingRing
{
    /// <summary>Creates the ring.</summary>
    /// <param name="n">Number of spins <c>N ≥ 1</c>.</param>
    /// <param name="j">Coupling <c>J</c> (any sign). The default is 1.</param>
    /// <param name="h">Uniform field <c>h</c>. The default is 0.</param>
    public IsingRing(int n, double j = 1.0, double h = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (!double.IsFinite(j) || !double.IsFinite(h))
        {
            throw new ArgumentException("J and h must be finite.");
        }

        N = n;
        J = j;
        H = h;
    }

    /// <summary>Number of spins <c>N</c>.</summary>
    public int N { get; }

    /// <summary>Coupling <c>J</c>.</summary>
    public double J { get; }

    /// <summary>Field <c>h</c>.</summary>
    public double H { get; }

    /// <summary>
    /// <c>ln Z(β)</c>. At β = ∞ it is <c>−β E₀ + ln g</c>: <c>+∞</c> for a negative ground-state energy <c>E₀</c>,
    /// <c>−∞</c> for a positive one, and <c>ln g</c> (the degeneracy) when <c>E₀ = 0</c>.
    /// </summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    public double LogPartitionFunction(double beta)
    {
        ExactGuards.RequireBeta(beta);
        if (IsGroundStateLimit(beta))
        {
            var (energy, degeneracy) = RingGroundState.Solve(N, J, H);
            return energy == 0 ? Math.Log(degeneracy) : energy < 0 ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return Evaluate(beta).LogZ;
    }

    /// <summary>The energy per spin <c>⟨E⟩/N = −(1/N) ∂ ln Z/∂β</c>; the ground-state energy per spin at β = ∞.</summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    public double EnergyPerSpin(double beta)
    {
        ExactGuards.RequireBeta(beta);
        return IsGroundStateLimit(beta) ? RingGroundState.Solve(N, J, H).Energy / N : -Evaluate(beta).D1 / N;
    }

    /// <summary>
    /// The specific heat per spin <c>C/N = β² Var(E)/N = (β²/N) ∂² ln Z/∂β²</c>; 0 at β = 0 and β = ∞, and clamped at 0
    /// against rounding (absolute accuracy ~β²J²ε).
    /// </summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    public double SpecificHeatPerSpin(double beta)
    {
        ExactGuards.RequireBeta(beta);
        return IsGroundStateLimit(beta) ? 0 : Math.Max(0, beta * beta * Evaluate(beta).D2 / N);
    }

    private bool IsGroundStateLimit(double beta) =>
        !double.IsFinite(beta * (Math.Abs(J) + Math.Abs(H)));

    /// <summary>ln Z and its first two β-derivatives.</summary>
    private (double LogZ, double D1, double D2) Evaluate(double beta)
    {
        double up = beta * (J + H), down = beta * (J - H), cross = -beta * J;
        double shift = Math.Max(Math.Max(up, down), cross);
        double a = Math.Exp(up - shift), d = Math.Exp(down - shift), c = Math.Exp(cross - shift);
        double a1 = (J + H) * a, d1 = (J - H) * d, c1 = -J * c;
        double a2 = (J + H) * a1, d2 = (J - H) * d1, c2 = -J * c1;

        double p = 0.5 * (a + d), p1 = 0.5 * (a1 + d1), p2 = 0.5 * (a2 + d2);
        double q = 0.5 * (a - d), q1 = 0.5 * (a1 - d1), q2 = 0.5 * (a2 - d2);
        // D = √(q² + c²), D′ = (qq′ + cc′)/D, D″ = (q′² + qq″ + c′² + cc″ − D′²)/D; D = 0 only when c underflows at h = 0.
        double root = Math.Sqrt(q * q + c * c), root1 = 0, root2 = 0;
        if (root > 0)
        {
            root1 = (q * q1 + c * c1) / root;
            root2 = (q1 * q1 + q * q2 + c1 * c1 + c * c2 - root1 * root1) / root;
        }

        double lp = p + root, lp1 = p1 + root1, lp2 = p2 + root2;

        // det T = e^{2βJ} − e^{−2βJ} (scaled), written without cancellation; r = λ₋/λ₊ = det/λ₊², u = 1 + r = 2p/λ₊.
        double det = J >= 0
            ? -Math.Exp(2 * beta * J - 2 * shift) * StableMath.ExpM1(-4 * beta * J)
            : Math.Exp(-2 * beta * J - 2 * shift) * StableMath.ExpM1(4 * beta * J);
        double r = det / lp / lp, u = 2 * p / lp;
        double r1 = (2 * p1 - u * lp1) / lp, r2 = (2 * p2 - 2 * r1 * lp1 - u * lp2) / lp;

        // 1 + r^N loses everything when r → −1 with N odd (frustrated antiferromagnet): use 1 − (1 − u)^N.
        double onePlus = r < 0 && N % 2 == 1 ? -StableMath.ExpM1(N * StableMath.Log1P(-u)) : 1 + Math.Pow(r, N);
        double g1 = N * Math.Pow(r, N - 1) * r1 / onePlus;
        double g2Core = Math.Pow(r, N - 1) * r2 + (N >= 2 ? (N - 1) * Math.Pow(r, N - 2) * r1 * r1 : 0);
        double g2 = N * g2Core / onePlus - g1 * g1;

        double logLambda1 = lp1 / lp;
        double logZ = N * (shift + Math.Log(lp)) + Math.Log(onePlus);
        return (logZ, N * logLambda1 + g1, N * (lp2 / lp - logLambda1 * logLambda1) + g2);
    }
}
