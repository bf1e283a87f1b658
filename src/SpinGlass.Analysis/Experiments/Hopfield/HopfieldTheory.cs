using SpinGlass.Analysis.Theory;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Hopfield;

/// <summary>
/// The replica-symmetric predictions the Hopfield experiments put beside their measurements, with the experiments'
/// conventions: a retrieval overlap of 0 where the retrieval branch does not exist, and the energy of the state a
/// run started at a stored pattern ends in.
/// </summary>
public static class HopfieldTheory
{
    /// <summary>The retrieval-branch overlap m(α, T); 0 where the branch does not exist (α &gt; α_M(T)).</summary>
    public static double RetrievalOverlap(double alpha, double temperature)
    {
        double m = AgsReplicaSymmetric.RetrievalOverlap(alpha, temperature);
        return double.IsNaN(m) ? 0 : m;
    }

    /// <summary>
    /// RS energy per spin reached from a stored pattern: the retrieval state below T_M(α); otherwise the spin-glass
    /// state below T_g = 1 + √α; otherwise the paramagnet, <c>u = −α/[2(T − 1)]</c>.
    /// </summary>
    public static double EnergyFromPattern(double alpha, double temperature)
    {
        double beta = Temperatures.ToBeta(temperature);
        if (!double.IsNaN(AgsReplicaSymmetric.RetrievalOverlap(alpha, temperature)))
        {
            return AgsReplicaSymmetric.Energy(AgsReplicaSymmetric.Solve(alpha, beta, ReplicaSymmetricBranch.Retrieval));
        }

        return temperature < AgsPhaseDiagram.SpinGlassTemperature(alpha)
            ? AgsReplicaSymmetric.Energy(AgsReplicaSymmetric.Solve(alpha, beta, ReplicaSymmetricBranch.SpinGlass))
            : AgsReplicaSymmetric.ParamagnetEnergy(alpha, temperature);
    }
}
