namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The lines of the RS phase diagram in the single-valued parametrisation by T: <c>α_M(T)</c> (largest retrieval
/// load) and <c>α_c(T)</c> (load where <c>f_R = f_SG</c>), and the tips where each reaches its largest load.
/// </summary>
/// <remarks>
/// Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987). Both lines are slightly re-entrant at low T
/// in the RS theory (a known low-temperature artefact of replica symmetry): <c>α_M(T)</c> peaks above
/// <c>α_c = α_M(0)</c> near T ≈ 0.02, and <c>α_c(T)</c> above its T = 0 value near T ≈ 0.08. As functions of α the
/// lines are therefore double-valued just beyond their T = 0 ends; the phase-diagram temperatures are the upper roots,
/// searched above the tip.
/// </remarks>
internal static class StabilityLines
{
    private const double TemperatureTolerance = 1e-7;

    private const double LoadAccuracy = 1e-13;

    // Relative tolerance on the overlap at the fold; α_M is quadratic there, so it comes out to ~1e-14.
    private const double OverlapTolerance = 1e-7;

    public static readonly Lazy<double> ZeroTemperatureStabilityLoad = new(() => StabilityLoadAt(0));

    public static readonly Lazy<PhaseLinePoint> RetrievalTip = new(() => Tip(RetrievalLoadAt));

    public static readonly Lazy<PhaseLinePoint> StabilityTip = new(() => Tip(StabilityLoadAt));

    /// <summary><c>α_M(T)</c>: <c>α_c</c> at T = 0, the maximum of α(m) on the condensed branch below T = 1, else 0.</summary>
    public static double RetrievalLoadAt(double temperature) =>
        temperature == 0 ? ZeroTemperatureAgs.Load(ZeroTemperatureAgs.CriticalY)
        : temperature >= 1 ? 0
        : RetrievalBranch.MaximumLoad(1 / temperature, OverlapTolerance).Alpha;

    /// <summary>
    /// <c>α_c(T)</c>, the root in α of <c>f_R − f_SG</c>: negative as α → 0 (Curie–Weiss below the paramagnet) and
    /// positive at <c>α_M(T)</c>, where the retrieval state is about to vanish; 0 for T ≥ 1.
    /// </summary>
    public static double StabilityLoadAt(double temperature)
    {
        double top = RetrievalLoadAt(temperature);
        return top > 0
            ? RootSearch.Find(a => FreeEnergyGap(a, temperature), 1e-3 * top, top * (1 + 1e-6), LoadAccuracy)
            : 0;
    }

    /// <summary>
    /// <c>f_R − f_SG</c> at (α, T); +1 where the retrieval state does not exist, which keeps the sign change at
    /// <c>f_R = f_SG</c> the only one above the tip.
    /// </summary>
    public static double FreeEnergyGap(double alpha, double temperature)
    {
        double beta = 1 / temperature;
        var retrieval = AgsReplicaSymmetric.Solve(alpha, beta, ReplicaSymmetricBranch.Retrieval);
        if (!retrieval.Converged)
        {
            return 1;
        }

        var spinGlass = AgsReplicaSymmetric.Solve(alpha, beta, ReplicaSymmetricBranch.SpinGlass);
        return AgsReplicaSymmetric.FreeEnergy(retrieval) - AgsReplicaSymmetric.FreeEnergy(spinGlass);
    }

    /// <summary>The upper temperature where a line reaches load α (above its tip); NaN beyond the tip load.</summary>
    public static double UpperTemperature(PhaseLinePoint tip, double alpha, Func<double, double> signAbove)
    {
        if (alpha > tip.Alpha)
        {
            return double.NaN;
        }

        return alpha == 0 ? 1 : RootSearch.Find(signAbove, tip.Temperature, 1, 1e-13);
    }

    private static PhaseLinePoint Tip(Func<double, double> loadAt)
    {
        var (temperature, alpha) = ScalarMaximizer.Maximize(loadAt, 0, 1, TemperatureTolerance);
        return new PhaseLinePoint(alpha, temperature);
    }
}
