namespace SpinGlass.Models.Hopfield;

/// <summary>
/// A Hopfield network with Hebbian couplings over a <see cref="PatternSet"/>, served through the pattern
/// overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c> — no N×N matrix, O(p) per field and per flip, integer arithmetic.
/// </summary>
/// <remarks>
/// <para>Spin coding (Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985)):
/// <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>, <c>J_ii = 0</c>,
/// <c>H = −½ Σ_{i≠j} J_ij s_i s_j = −(N/2) Σ_μ m_μ² + p/2</c>, <c>h_i = (Σ_μ ξ^μ_i M_μ − p s_i)/N</c>.</para>
/// <para>Binary coding (Hopfield, PNAS 79, 2554 (1982)): <c>V_i = (1 + s_i)/2</c>,
/// <c>T_ij = Σ_μ ξ^μ_i ξ^μ_j</c>, <c>E = −½ Σ_{i≠j} T_ij V_i V_j + Σ_i U_i V_i</c>. In spin language its
/// field is <c>h_i = (Σ_μ ξ^μ_i (M_μ + S_μ) − p s_i − p)/4 − U_i/2</c> with <c>S_μ = Σ_j ξ^μ_j</c>, so that
/// <c>ΔE_i = 2 s_i h_i</c> and <c>s_i ← sgn(h_i)</c> is his rule <c>V_i ← 1 if Σ_j T_ij V_j &gt; U_i</c>
/// (equality keeps the state). Energies and temperatures are then in his (unnormalised) units.</para>
/// </remarks>
public sealed class HopfieldNetwork : IEnergyModel
{
    private readonly int[] _siteOffset;
    private readonly double[] _siteThreshold;

    /// <summary>Creates the network.</summary>
    /// <param name="patterns">The stored patterns.</param>
    /// <param name="coding">Spin (±1, the default) or binary (0/1, Hopfield 1982) neurons.</param>
    /// <param name="thresholds">Thresholds <c>U_i</c> of binary neurons; null means all zero (Hopfield's choice).</param>
    public HopfieldNetwork(PatternSet patterns, NeuronCoding coding = NeuronCoding.Spin, ReadOnlySpan<double> thresholds = default)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        Coding = coding;
        int n = patterns.N, p = patterns.P;
        _siteOffset = new int[n];
        _siteThreshold = new double[n];
        if (coding == NeuronCoding.Spin)
        {
            if (!thresholds.IsEmpty)
            {
                throw new ArgumentException("Thresholds apply to binary neurons only.", nameof(thresholds));
            }

            Divisor = n;
            return;
        }

        if (!thresholds.IsEmpty && thresholds.Length != n)
        {
            throw new ArgumentException($"Expected {n} thresholds, got {thresholds.Length}.", nameof(thresholds));
        }

        Divisor = 4;
        PatternSums = new int[p];
        var pattern = new sbyte[n];
        for (int mu = 0; mu < p; mu++)
        {
            patterns.CopyPattern(mu, pattern);
            foreach (sbyte x in pattern)
            {
                PatternSums[mu] += x;
            }
        }

        var row = new sbyte[p];
        for (int i = 0; i < n; i++)
        {
            patterns.CopyNeuronRow(i, row);
            int c = -p;
            for (int mu = 0; mu < p; mu++)
            {
                c += row[mu] * PatternSums[mu];
            }

            _siteOffset[i] = c;
            _siteThreshold[i] = thresholds.IsEmpty ? 0.0 : thresholds[i] / 2;
        }

        Thresholds = thresholds.IsEmpty ? new double[n] : thresholds.ToArray();
    }

    /// <summary>The stored patterns.</summary>
    public PatternSet Patterns { get; }

    /// <summary>Spin or binary neurons.</summary>
    public NeuronCoding Coding { get; }

    /// <summary>The thresholds <c>U_i</c> (binary coding only; empty for spins).</summary>
    public IReadOnlyList<double> Thresholds { get; } = [];

    /// <inheritdoc />
    public int N => Patterns.N;

    /// <summary>Number of patterns <c>p</c>.</summary>
    public int P => Patterns.P;

    /// <inheritdoc />
    public string Description => $"hopfield {Coding.ToString().ToLowerInvariant()} N={N} p={P}";

    internal int Divisor { get; }

    internal int[] PatternSums { get; } = [];

    internal ReadOnlySpan<int> SiteOffset => _siteOffset;

    internal ReadOnlySpan<double> SiteThreshold => _siteThreshold;

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        Span<int> overlaps = P <= 1024 ? stackalloc int[P] : new int[P];
        int magnetisation = 0;
        double thresholdTerm = 0;
        for (int mu = 0; mu < P; mu++)
        {
            overlaps[mu] = Patterns.Overlap(mu, spins);
        }

        for (int i = 0; i < N; i++)
        {
            magnetisation += spins[i];
            thresholdTerm += spins[i] > 0 && Coding == NeuronCoding.Binary ? Thresholds[i] : 0;
        }

        return EnergyOf(overlaps, magnetisation, thresholdTerm);
    }

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new HopfieldState(this, spins);

    /// <summary>The energy from the overlaps, magnetisation and <c>Σ_i U_i V_i</c>.</summary>
    internal double EnergyOf(ReadOnlySpan<int> overlaps, long magnetisation, double thresholdTerm)
    {
        long n = N, p = P, sumSquares = 0;
        if (Coding == NeuronCoding.Spin)
        {
            foreach (int m in overlaps)
            {
                sumSquares += (long)m * m;
            }

            return (p * n - sumSquares) / (2.0 * n);
        }

        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            long a = (overlaps[mu] + PatternSums[mu]) / 2;
            sumSquares += a * a;
        }

        long active = (n + magnetisation) / 2;
        return -0.5 * (sumSquares - p * active) + thresholdTerm;
    }
}
