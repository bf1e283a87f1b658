using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// Exact enumeration of all <c>2^N</c> configurations (<c>N ≤ 32</c>) of a pairwise energy (<see cref="PairwiseForm"/>):
/// thermal averages at every β asked, the replica overlaps, the density of states, the ground states and every local
/// minimum under single flips.
/// </summary>
/// <remarks>
/// <para>Integer couplings (±J instances, Hopfield numerators) run the integer walk (<see cref="GrayWalk.Integer"/>): it
/// counts the joint density of states g(E, M), from which every temperature follows exactly after the walk. Real
/// couplings run the floating walk, which hands blocks of energies to per-temperature Boltzmann sums shifted by the
/// lowest energy met (<see cref="ThermalSums"/>).</para>
/// <para>Overlaps need the energy of every configuration (a 2^N table: 4 or 8 bytes per configuration) and one 2^N table
/// of double weights per temperature in turn, Walsh–Hadamard transformed (<see cref="ReplicaOverlaps"/>): 768 MiB at
/// N = 26 for integer couplings, 4 GiB at N = 28 (the limit).</para>
/// </remarks>
public static class ExactSolver
{
    /// <summary>The largest N enumerated (2^32 configurations).</summary>
    public const int MaxSpins = 32;

    /// <summary>The largest N with replica overlaps (two 2^28 tables, 3–4 GiB).</summary>
    public const int MaxOverlapSpins = 28;

    private const int MaxIntegerBound = 1 << 28;
    private const long MaxHistogramCells = 1 << 23;

    /// <summary>What a solve allocates, in bytes, for <paramref name="n"/> spins (worst case: real couplings).</summary>
    public static long Bytes(int n, bool overlaps, int maxMinima = 1 << 16) =>
        (overlaps ? (1L << n) * 16 : 0) + (MaxHistogramCells * 4) + (ThermalSums.FineBins * 8L) + (maxMinima * 4L) + (1L << 20);

    /// <summary>Enumerates every configuration of <paramref name="form"/> and returns the averages at <paramref name="betas"/>.</summary>
    /// <param name="form">The energy, <c>N ≤ 32</c>.</param>
    /// <param name="betas">Inverse temperatures β ∈ [0, ∞].</param>
    /// <param name="options">What to compute beyond E, C and |m|; the defaults when null.</param>
    /// <param name="patterns">The stored patterns when the model is a Hopfield network (minima are then classified).</param>
    /// <param name="cancellation">Checked every 2^20 configurations.</param>
    /// <exception cref="ArgumentException">N &gt; 32, or overlaps asked for N &gt; 28.</exception>
    public static ExactSolution Solve(
        PairwiseForm form, IReadOnlyList<double> betas, ExactOptions? options = null, PatternSet? patterns = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(betas);
        options ??= new ExactOptions();
        int n = form.N;
        if (n > MaxSpins)
        {
            throw new ArgumentException($"Exact enumeration visits all 2^N configurations: N = {n} is more than {MaxSpins} (2^{MaxSpins} ≈ 4.3·10⁹).", nameof(form));
        }

        if (options.Overlaps && n > MaxOverlapSpins)
        {
            throw new ArgumentException(
                $"Exact overlaps hold 2^N doubles (N = {n}: {(1L << n) * 8 >> 30} GiB); they are computed up to N = {MaxOverlapSpins}.", nameof(options));
        }

        foreach (double beta in betas)
        {
            ExactGuards.RequireBeta(beta);
        }

        var walk = IntegerCouplings.TryCreate(form.Bonds, MaxIntegerBound, MaxHistogramCells) is { } integer
            ? IntegerEnumeration.Run(form, integer, betas, options, cancellation)
            : RealEnumeration.Run(form, betas, options, cancellation);
        var spins = new sbyte[n];
        Array.Fill(spins, (sbyte)-1);
        spins[n - 1] = 1;   // the last configuration of the Gray code, 2^(N−1)
        double direct = form.Energy(spins);
        if (Math.Abs(direct - walk.TrackedFinalEnergy) > 1e-9 * Math.Max(1, Math.Abs(direct)))
        {
            throw new InvalidOperationException($"The Gray-code walk tracked E = {walk.TrackedFinalEnergy} at its end, but E = {direct} summed directly.");
        }

        var minima = MinimumTable.Build(form, walk.Minima, walk.GroundEnergy, walk.Tolerance, patterns);
        string engine = $"{walk.Engine} ({(Vector256.IsHardwareAccelerated ? "Vector256" : "software vectors")})";
        return new ExactSolution(
            n, walk.GroundEnergy, walk.GroundDegeneracy, walk.Minima.Count, walk.Rows, minima, walk.Histogram, engine, walk.TrackedFinalEnergy, direct);
    }

    /// <summary>
    /// The overlaps at one temperature from the Boltzmann weights of every configuration (overwritten by their transform).
    /// </summary>
    internal static (double Q2, double Q4, double[] Distribution) Overlaps(Span<double> weights, int n, CancellationToken cancellation)
    {
        WalshHadamard.Transform(weights, cancellation);
        return ReplicaOverlaps.From(weights, n);
    }

    /// <summary>Fills <paramref name="weights"/> with <c>e^{−β(E − E₀)}</c> (β = ∞: 1 within <paramref name="tolerance"/> of E₀, else 0).</summary>
    internal static void Weights(ReadOnlySpan<double> energies, double ground, double beta, double tolerance, Span<double> weights)
    {
        TensorPrimitives.Subtract(energies, ground, weights);
        if (double.IsPositiveInfinity(beta))
        {
            for (int x = 0; x < weights.Length; x++)
            {
                weights[x] = weights[x] <= tolerance ? 1 : 0;
            }

            return;
        }

        TensorPrimitives.Multiply(weights, -beta, weights);
        TensorPrimitives.Exp(weights, weights);
    }
}
