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
/// <para>The exponential <c>F(x) = e^{βx}</c> (β = <see cref="Beta"/>, the seeds' "inverse temperature" of F, not the
/// temperature of the dynamics) is evaluated as <c>F(x) = e^{β(x − N)}</c>: the factor <c>e^{−βN}</c> multiplies every
/// energy and flip cost, so it keeps the ratios of flip costs and the zero-temperature dynamics, keeps <c>F ≤ 1</c> (no
/// overflow for any N) and makes the energy lie in <c>[−K, 0)</c>; at temperature it is a rescaling
/// <c>β_{e^{βx}} = β_T e^{−βN}</c>. Each term of its flip cost is one product, <c>F(M_μ)(1 − e^{−2βσ_μ})</c>
/// with <c>σ_μ = ξ^μ_i s_i</c> (grouped by σ), never a difference of two exponentials; β = 1 is the arithmetic the
/// memory always had. The factors are finite for <c>β ≤ </c><see cref="MaxBeta"/>, and <c>1 − e^{∓2β}</c> is taken
/// as <c>±2 sinh β · e^{∓β}</c> for small β, where the subtraction would lose digits. Exactness has one limit: a
/// flip that raises <c>M_μ</c> costs <c>≈ −F(M_μ + 2)</c> but is computed from <c>F(M_μ) = e^{−2β} F(M_μ + 2)</c>,
/// which underflows once <c>β(N − M_μ) &gt; 708</c>. Such terms are below double precision of the flip cost while
/// the state's largest term exceeds <c>e^{−671 + 2β}</c>. Asynchronous zero-temperature dynamics never raises the
/// energy, so the largest term stays above <c>e^{−2β·flipped}/K</c> for a cue with <c>flipped</c> bits of a stored
/// pattern flipped, and the dense config requires <c>2β(flipped + 1) ≤ 650</c> (650 + ln K &lt; 671 for any K below
/// 2³¹; docs/physics.md, "Dense associative memory").</para>
/// <para>The local field is the effective field <c>h_i = ΔE_i/(2s_i) = ½ Σ_μ [F(ξ^μ_i + R_μ) − F(−ξ^μ_i + R_μ)]</c>
/// with <c>R_μ = Σ_{j≠i} ξ^μ_j s_j</c>, so zero-temperature dynamics <c>s_i ← sgn(h_i)</c> is exactly the
/// Krotov–Hopfield asynchronous update rule.</para>
/// </remarks>
public sealed class DenseAssociativeMemory : IEnergyModel
{
    /// <summary>The largest β of <c>F(x) = e^{βx}</c>: <c>e^{2β}</c>, the ratio of F across one flip, stays a finite double.</summary>
    public const double MaxBeta = 354;

    private readonly long[] _polynomial;
    private readonly double[] _exponential;
    private readonly short[] _rows;
    private readonly int _rowsStart;

    /// <summary>Creates the memory.</summary>
    /// <param name="patterns">The K stored patterns.</param>
    /// <param name="interaction">The interaction function <c>F</c>. The default is <see cref="Interaction.Polynomial"/>.</param>
    /// <param name="power">The power <c>n ≥ 2</c> of the polynomial kinds (ignored by the exponential). The default is 3.</param>
    /// <param name="beta">
    /// The β of the exponential <c>F(x) = e^{βx}</c>, <c>0 &lt; β ≤ </c><see cref="MaxBeta"/>; the polynomial kinds take
    /// only 1. The default is 1.
    /// </param>
    public DenseAssociativeMemory(PatternSet patterns, Interaction interaction = Interaction.Polynomial, int power = 3, double beta = 1)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (!Enum.IsDefined(interaction))
        {
            throw new ArgumentOutOfRangeException(nameof(interaction), interaction, "Unknown interaction.");
        }

        Patterns = patterns;
        Kind = interaction;
        Beta = beta;
        int n = patterns.N;
        Stride = (patterns.P + 31) & ~31;
        (_rows, _rowsStart) = NeuronRows(patterns, Stride);
        if (interaction == Interaction.Exponential)
        {
            if (!(beta > 0 && beta <= MaxBeta))
            {
                throw new ArgumentOutOfRangeException(nameof(beta), beta, $"β of F(x) = e^(βx) must lie in (0, {MaxBeta}]: beyond it e^(2β) overflows.");
            }

            Power = 0;
            _polynomial = [];
            _exponential = new double[2 * n + 1];
            for (int x = -n; x <= n; x++)
            {
                _exponential[x + n] = Math.Exp(beta * (x - n));
            }

            // 1 − e^{∓2β} = ±2 sinh β · e^{∓β}, taken so where the subtraction would cancel (small β)
            bool small = beta < 0.5;
            DownFactor = small ? 2 * Math.Sinh(beta) * Math.Exp(-beta) : 1 - Math.Exp(-2 * beta);
            UpFactor = small ? -2 * Math.Sinh(beta) * Math.Exp(beta) : 1 - Math.Exp(2 * beta);
            return;
        }

        if (beta != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β belongs to the exponential interaction; the polynomial kinds take β = 1.");
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

        // the largest change of one term, |F(x) − F(x − 2)|: below 2³¹/K every flip cost is an exact int32 sum
        long step = 0;
        for (int x = -n + 2; x <= n; x++)
        {
            step = Math.Max(step, Math.Abs(_polynomial[x + n] - _polynomial[x - 2 + n]));
        }

        Int32FlipCosts = step * Math.Max(patterns.P, 1) < int.MaxValue;
    }

    /// <summary>The stored patterns.</summary>
    public PatternSet Patterns { get; }

    /// <summary>The interaction function <c>F</c>.</summary>
    public Interaction Kind { get; }

    /// <summary>The power <c>n</c> of the polynomial kinds; 0 for the exponential.</summary>
    public int Power { get; }

    /// <summary>The β of the exponential <c>F(x) = e^{βx}</c>; 1 for the polynomial kinds.</summary>
    public double Beta { get; }

    /// <inheritdoc />
    public int N => Patterns.N;

    /// <summary>Number of patterns <c>K</c>.</summary>
    public int K => Patterns.P;

    /// <inheritdoc />
    public string Description => Kind == Interaction.Exponential
        ? Beta == 1 ? $"dense exponential N={N} K={K}" : FormattableString.Invariant($"dense exponential β={Beta} N={N} K={K}")
        : $"dense {(Kind == Interaction.Polynomial ? "polynomial" : "rectified")} n={Power} N={N} K={K}";

    internal ReadOnlySpan<long> PolynomialTable => _polynomial;

    /// <summary>K rounded up to a multiple of 32: the padded length of a pattern row and of the overlaps.</summary>
    internal int Stride { get; }

    /// <summary>
    /// True for the polynomial kinds when <c>K · max_x |F(x) − F(x − 2)| &lt; 2³¹</c>: the flip cost is then summed
    /// exactly in (wrapping) int32 vector lanes (<see cref="DenseKernels.PolynomialCost"/>), else in long, term by term.
    /// </summary>
    internal bool Int32FlipCosts { get; }

    internal ReadOnlySpan<double> ExponentialTable => _exponential;

    /// <summary><c>1 − e^{−2β}</c>: an exponential term's flip cost over its F when the flip lowers its overlap by 2.</summary>
    internal double DownFactor { get; }

    /// <summary><c>1 − e^{2β}</c>: the same when the flip raises the overlap by 2.</summary>
    internal double UpFactor { get; }

    /// <summary>Neuron i's pattern row <c>ξ^μ_i</c> in int16, padded with zeros to <see cref="Stride"/>, 64-byte aligned.</summary>
    internal ReadOnlySpan<short> Row(int i) => _rows.AsSpan(_rowsStart + (i * Stride), Stride);

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

    private static (short[] Rows, int Start) NeuronRows(PatternSet patterns, int stride)
    {
        var rows = AlignedArray.Allocate<short>((long)patterns.N * stride, out int start);
        var row = new sbyte[patterns.P];
        for (int i = 0; i < patterns.N; i++)
        {
            patterns.CopyNeuronRow(i, row);
            for (int mu = 0; mu < row.Length; mu++)
            {
                rows[start + (i * stride) + mu] = row[mu];
            }
        }

        return (rows, start);
    }

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
