namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The replica-symmetric theory of the Hopfield model with one condensed pattern: the saddle point
/// <c>m = ∫Dz tanh β(m + √(αr) z)</c>, <c>q = ∫Dz tanh² β(m + √(αr) z)</c>, <c>r = q/[1 − β(1 − q)]²</c> on each
/// branch, and its free energy and energy per spin. Hebbian couplings <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>,
/// <c>J_ii = 0</c>, <c>H = −½ Σ_{i≠j} J_ij s_i s_j</c>, α = p/N, <c>Dz = e^{−z²/2} dz/√(2π)</c>.
/// </summary>
/// <remarks>
/// D. J. Amit, H. Gutfreund &amp; H. Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985); Ann. Phys. 173, 30 (1987).
/// At finite β the condensed branch is followed in m: for fixed (m, β) the m-equation fixes <c>σ = √(αr)</c>
/// uniquely and the load follows explicitly, <c>α(m) = σ²(1 − C)²/q</c>, <c>C = β(1 − q)</c>; the retrieval state is
/// the root of <c>α(m) = α</c> above the maximum of α(m), so it cannot be confused with the unstable branch, and it
/// ceases to exist exactly at the fold. The spin-glass branch is a bracketed one-dimensional root. β = ∞ uses the T = 0 equations with <c>C = lim β(1 − q)</c>:
/// <c>m = erf(m/√(2αr))</c>, <c>C = √(2/(παr)) e^{−m²/(2αr)}</c>, <c>r = 1/(1 − C)²</c>.
/// </remarks>
public static class AgsReplicaSymmetric
{
    /// <summary>Solves the saddle-point equations on one branch.</summary>
    /// <param name="alpha">Load <c>α = p/N ≥ 0</c>.</param>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    /// <param name="branch">The branch to follow.</param>
    /// <returns>
    /// The solution; for the retrieval branch above <c>α_M(T)</c> (or for T ≥ 1 at α &gt; 0) it is not converged
    /// and its order parameters are NaN. The spin-glass branch above <c>T_g = 1 + √α</c> returns the paramagnet.
    /// </returns>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static ReplicaSymmetricSolution Solve(double alpha, double beta, ReplicaSymmetricBranch branch)
    {
        TheoryGuards.RequireLoad(alpha);
        TheoryGuards.RequireBeta(beta);
        return branch switch
        {
            ReplicaSymmetricBranch.Retrieval => Retrieval(alpha, beta),
            ReplicaSymmetricBranch.SpinGlass => SpinGlass(alpha, beta),
            ReplicaSymmetricBranch.Paramagnet => Paramagnet(alpha, beta),
            _ => throw new ArgumentOutOfRangeException(nameof(branch), branch, "Unknown branch."),
        };
    }

    /// <summary>The overlap m of the retrieval state at (α, T); NaN where it does not exist (α &gt; α_M(T)).</summary>
    /// <param name="alpha">Load <c>α ≥ 0</c>.</param>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>; T = 0 solves <c>m = erf(m/√(2αr))</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double RetrievalOverlap(double alpha, double temperature)
    {
        TheoryGuards.RequireTemperature(temperature);
        return Solve(alpha, 1 / temperature, ReplicaSymmetricBranch.Retrieval).M;
    }

    /// <summary>
    /// The free energy per spin
    /// <c>f = α/2 + m²/2 + (α/2β)[ln(1 − β + βq) − βq/(1 − β + βq)] + (αβ/2) r(1 − q) − (1/β)∫Dz ln 2cosh β(m + √(αr) z)</c>,
    /// with <c>ln 2cosh x = |x| + ln(1 + e^{−2|x|})</c>; at β = ∞ the ground-state energy. NaN for an unconverged
    /// solution, −∞ at β = 0.
    /// </summary>
    /// <param name="solution">A solution from <see cref="Solve"/>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double FreeEnergy(ReplicaSymmetricSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        if (!solution.Converged)
        {
            return double.NaN;
        }

        double alpha = solution.Alpha, beta = solution.Beta, m = solution.M, c = solution.C;
        if (beta == 0)
        {
            return double.NegativeInfinity;
        }

        double f = 0.5 * m * m - FieldAverages.Evaluate(beta, m, solution.Sigma).LogCoshOverBeta;
        if (alpha > 0)
        {
            // (α/2β) ln(1 − C) − (α/2) q/(1 − C) + (α/2) r C, with C = β(1 − q).
            f += 0.5 * alpha * (1 + Math.Log(1 - c) / beta - solution.Q / (1 - c) + solution.R * c);
        }

        return f;
    }

    /// <summary>
    /// The energy per spin <c>u = ∂(βf)/∂β = −m²/2 + (α/2)[1 − 1/(1 − C) − βr(1 − q)]</c>, <c>C = β(1 − q)</c>
    /// (the derivative at fixed order parameters, exact at the saddle point). In the paramagnet
    /// <c>u = −α/[2(T − 1)]</c>; at T = 0, <c>u = −m²/2 − (α/2) C(2 − C)/(1 − C)²</c>. NaN for an unconverged solution.
    /// </summary>
    /// <param name="solution">A solution from <see cref="Solve"/>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double Energy(ReplicaSymmetricSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        if (!solution.Converged)
        {
            return double.NaN;
        }

        double m = solution.M, c = solution.C;
        double u = -0.5 * m * m;
        return solution.Alpha > 0 ? u + 0.5 * solution.Alpha * (1 - 1 / (1 - c) - solution.R * c) : u;
    }

    /// <summary>The paramagnetic energy per spin <c>u = −α/[2(T − 1)]</c>, in closed form; NaN for T ≤ 1.</summary>
    /// <param name="alpha">Load <c>α ≥ 0</c>.</param>
    /// <param name="temperature">Temperature T; the paramagnet is the stable state above <c>T_g = 1 + √α</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
    public static double ParamagnetEnergy(double alpha, double temperature)
    {
        TheoryGuards.RequireLoad(alpha);
        TheoryGuards.RequireTemperature(temperature);
        return temperature > 1 ? -alpha / (2 * (temperature - 1)) : double.NaN;
    }

    private static ReplicaSymmetricSolution Retrieval(double alpha, double beta)
    {
        var branch = ReplicaSymmetricBranch.Retrieval;
        var absent = new ReplicaSymmetricSolution(alpha, beta, branch, double.NaN, double.NaN, double.NaN, double.NaN, false);
        if (double.IsPositiveInfinity(beta))
        {
            return ZeroTemperatureAgs.Retrieval(alpha) is { } zero ? new(alpha, beta, branch, zero.M, 1, zero.R, zero.C, true) : absent;
        }

        BranchPoint? point = !(beta > 1) ? null
            : alpha == 0 ? new BranchPoint(RetrievalBranch.CurieWeiss(beta), 0, double.NaN, 0)
            : RetrievalBranch.Solve(alpha, beta);
        if (point is not { } p)
        {
            return absent;
        }

        double oneMinusQ = FieldAverages.Evaluate(beta, p.M, p.Sigma).Sech2;
        double q = 1 - oneMinusQ, c = beta * oneMinusQ;
        return new(alpha, beta, branch, p.M, q, q / ((1 - c) * (1 - c)), c, true);
    }

    private static ReplicaSymmetricSolution SpinGlass(double alpha, double beta)
    {
        if (alpha == 0 || beta == 0)
        {
            return Paramagnet(alpha, beta);
        }

        if (double.IsPositiveInfinity(beta))
        {
            var (c, r) = ZeroTemperatureAgs.SpinGlass(alpha);
            return new(alpha, beta, ReplicaSymmetricBranch.SpinGlass, 0, 1, r, c, true);
        }

        if (SpinGlassBranch.OneMinusQ(alpha, beta) is not { } oneMinusQ)
        {
            return Paramagnet(alpha, beta);
        }

        double q = 1 - oneMinusQ, cg = beta * oneMinusQ;
        return new(alpha, beta, ReplicaSymmetricBranch.SpinGlass, 0, q, q / ((1 - cg) * (1 - cg)), cg, true);
    }

    private static ReplicaSymmetricSolution Paramagnet(double alpha, double beta) =>
        new(alpha, beta, ReplicaSymmetricBranch.Paramagnet, 0, 0, 0, beta, beta < 1 || (alpha == 0 && double.IsFinite(beta)));
}
