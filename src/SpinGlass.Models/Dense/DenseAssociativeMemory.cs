using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Dense;

/// <summary>
/// A dense associative memory <c>E(s) = −Σ_μ F(M_μ)</c> over the pattern overlaps <c>M_μ = ξ^μ·s = Σ_j ξ^μ_j s_j</c>,
/// served like a <see cref="HopfieldNetwork"/> through the integer overlaps: O(K) per flip cost and per flip.
/// </summary>
/// <remarks>
/// <para>Krotov and Hopfield, "Dense associative memory for pattern recognition", NIPS 29 (2016);
/// Demircigil, Heusel, Löwe, Upgang and Vermet, J. Stat. Phys. 168, 288 (2017).</para>
/// <para>The flip cost is exact: <c>ΔE_i = −Σ_μ [F(M_μ − 2ξ^μ_i s_i) − F(M_μ)]</c>. For the polynomial kinds it is
/// summed in <c>long</c> from a table of <c>F(x)</c>, <c>x ∈ [−N, N]</c>, so energies and flip costs are integers
/// (exactly representable while <c>K Nⁿ &lt; 2⁵³</c>); the constructor rejects <c>(N, n, K)</c> for which
/// <c>2K Nⁿ</c> would overflow a <c>long</c>.</para>
/// <para>The exponential uses <c>F(x) = e^{x − N}</c> instead of <c>e^x</c>: the factor <c>e^{−N}</c> multiplies every
/// energy and flip cost, so it keeps the ratios of flip costs and the zero-temperature dynamics, keeps
/// <c>F ≤ 1</c> (no overflow for any N) and makes the energy lie in <c>[−K, 0)</c>; at temperature it is a rescaling
/// <c>β_{e^x} = β e^{−N}</c>. Each term of its flip cost is one product <c>e^{M_μ − N}(1 − e^{∓2})</c>, so there is
/// no cancellation between large numbers.</para>
/// <para>The local field is the effective field <c>h_i = ΔE_i/(2s_i) = ½ Σ_μ [F(ξ^μ_i + R_μ) − F(−ξ^μ_i + R_μ)]</c>
/// with <c>R_μ = Σ_{j≠i} ξ^μ_j s_j</c>, so zero-temperature dynamics <c>s_i ← sgn(h_i)</c> is exactly the
/// Krotov–Hopfield asynchronous update rule.</para>
/// </remarks>
public sealed class DenseAssociativeMemory : IEnergyModel
{
    private readonly long[] _polynomial;
    private readonly double[] _exponential;

    /// <summary>Creates the memory.</summary>
    /// <param name="patterns">The K stored patterns.</param>
    /// <param name="interaction">The interaction function <c>F</c>. The default is <see cref="Interaction.Polynomial"/>.</param>
    /// <param name="power">The power <c>n ≥ 2</c> of the polynomial kinds (ignored by the exponential). The default is 3.</param>
    public DenseAssociativeMemory(PatternSet patterns, Interaction interaction = Interaction.Polynomial, int power = 3)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (!Enum.IsDefined(interaction))
        {
            throw new ArgumentOutOfRangeException(nameof(interaction), interaction, "Unknown interaction.");
        }

        Patterns = patterns;
        Kind = interaction;
        int n = patterns.N;
        if (interaction == Interaction.Exponential)
        {
            Power = 0;
            _polynomial = [];
            _exponential = new double[2 * n + 1];
            for (int x = -n; x <= n; x++)
            {
                _exponential[x + n] = Math.Exp(x - n);
            }

            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(power, 2);
        if (Math.Pow(n, power) * 2.0 * Math.Max(patterns.P, 1) >= 4.6e18)
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, $"2·K·N^n overflows 64-bit integers for N = {n}, K = {patterns.P}.");
        }

        Power = power;
        _exponential = [];
        _polynomial = new long[2 * n + 1];
        for (int x = -n; x <= n; x++)
        {
            long f = 1;
            for (int k = 0; k < power; k++)
            {
                f *= x;
            }

            _polynomial[x + n] = interaction == Interaction.RectifiedPolynomial && x < 0 ? 0 : f;
        }
    }

    /// <summary>The stored patterns.</summary>
    public PatternSet Patterns { get; }

    /// <summary>The interaction function <c>F</c>.</summary>
    public Interaction Kind { get; }

    /// <summary>The power <c>n</c> of the polynomial kinds; 0 for the exponential.</summary>
    public int Power { get; }

    /// <inheritdoc />
    public int N => Patterns.N;

    /// <summary>Number of patterns <c>K</c>.</summary>
    public int K => Patterns.P;

    /// <inheritdoc />
    public string Description => Kind == Interaction.Exponential
        ? $"dense exponential N={N} K={K}"
        : $"dense {(Kind == Interaction.Polynomial ? "polynomial" : "rectified")} n={Power} N={N} K={K}";

    internal ReadOnlySpan<long> PolynomialTable => _polynomial;

    internal ReadOnlySpan<double> ExponentialTable => _exponential;

    /// <summary>The interaction function <c>F(x)</c> at an overlap <c>x ∈ [−N, N]</c>.</summary>
    public double F(int overlap)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(overlap), N, nameof(overlap));
        return Kind == Interaction.Exponential ? _exponential[overlap + N] : _polynomial[overlap + N];
    }

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        Span<int> overlaps = K <= 1024 ? stackalloc int[K] : new int[K];
        for (int mu = 0; mu < K; mu++)
        {
            overlaps[mu] = Patterns.Overlap(mu, spins);
        }

        return EnergyOf(overlaps);
    }

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new DenseAssociativeMemoryState(this, spins);

    /// <summary><c>−Σ_μ F(M_μ)</c> from the overlaps, in O(K); exact (integer) for the polynomial kinds.</summary>
    internal double EnergyOf(ReadOnlySpan<int> overlaps)
    {
        int n = N;
        if (Kind == Interaction.Exponential)
        {
            double sum = 0;
            foreach (int m in overlaps)
            {
                sum += _exponential[m + n];
            }

            return -sum;
        }

        long total = 0;
        foreach (int m in overlaps)
        {
            total += _polynomial[m + n];
        }

        return -total;
    }
}
