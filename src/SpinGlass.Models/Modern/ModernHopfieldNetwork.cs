namespace SpinGlass.Models.Modern;

/// <summary>
/// The modern (continuous) Hopfield network of Ramsauer et al. (2020, "Hopfield Networks is All You Need"): stored
/// patterns <c>x_1 … x_M ∈ ℝ^d</c> (the columns of <c>X</c>), a state <c>ξ ∈ ℝ^d</c>, the energy
/// <c>E(ξ) = −lse_β(Xᵀξ) + ½ξᵀξ + β⁻¹ ln M + ½ max_μ ‖x_μ‖²</c> and the update <c>ξ ← X softmax(β Xᵀξ)</c>, with β
/// multiplying the raw dot products (docs/physics.md, "Modern Hopfield networks"). The update never raises the energy
/// (it is a concave–convex procedure step), retrieves a well-separated pattern in one step, and with keys and values
/// apart is transformer attention (<see cref="Attention"/>).
/// </summary>
/// <remarks>
/// The patterns are held as M rows of length d (row μ is <c>x_μ</c>), so both products of an update are single
/// matrix products: scores <c>S = Q Xᵀ</c> for a batch of queries Q (B×d), then <c>R = softmax(β S) X</c>.
/// </remarks>
public sealed class ModernHopfieldNetwork
{
    private readonly double[] _patterns;
    private readonly double _halfMaxNormSquared;

    /// <summary>A network storing the M rows of <paramref name="patterns"/> (M×d, row-major) at inverse temperature <paramref name="beta"/>.</summary>
    public ModernHopfieldNetwork(double[] patterns, int dimension, double beta, IMatrixProduct? product = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (patterns.Length == 0 || patterns.Length % dimension != 0)
        {
            throw new ArgumentException($"{patterns.Length} values are not a whole number (≥ 1) of patterns of dimension {dimension}", nameof(patterns));
        }

        if (!(beta > 0) || double.IsPositiveInfinity(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must be positive and finite");
        }

        _patterns = patterns;
        Dimension = dimension;
        Count = patterns.Length / dimension;
        Beta = beta;
        Product = product ?? MatrixProduct.Default;
        double maxNorm = 0;
        for (int mu = 0; mu < Count; mu++)
        {
            var x = Pattern(mu);
            double norm = 0;
            foreach (double v in x)
            {
                norm += v * v;
            }

            maxNorm = Math.Max(maxNorm, norm);
        }

        _halfMaxNormSquared = maxNorm / 2;
    }

    /// <summary>The dimension d of patterns and states.</summary>
    public int Dimension { get; }

    /// <summary>The number M of stored patterns.</summary>
    public int Count { get; }

    /// <summary>The inverse temperature β multiplying the dot products.</summary>
    public double Beta { get; }

    /// <summary>The matrix product engine.</summary>
    public IMatrixProduct Product { get; }

    /// <summary>The stored patterns, M rows of length d.</summary>
    public ReadOnlySpan<double> Patterns => _patterns;

    /// <summary>Pattern <c>x_μ</c>.</summary>
    public ReadOnlySpan<double> Pattern(int mu) => _patterns.AsSpan(mu * Dimension, Dimension);

    /// <summary><c>E(ξ) = −lse_β(Xᵀξ) + ½ξᵀξ + β⁻¹ ln M + ½ max_μ ‖x_μ‖²</c>; <paramref name="scores"/> (length M) is scratch.</summary>
    public double Energy(ReadOnlySpan<double> state, Span<double> scores)
    {
        CheckState(state, 1);
        Product.MultiplyByTransposed(state, _patterns, scores, 1, Count, Dimension);
        double squared = 0;
        foreach (double v in state)
        {
            squared += v * v;
        }

        return -Softmax.LogSumExp(scores[..Count], Beta) + (squared / 2) + (Math.Log(Count) / Beta) + _halfMaxNormSquared;
    }

    /// <summary>The energy, with its own scratch.</summary>
    public double Energy(ReadOnlySpan<double> state) => Energy(state, new double[Count]);

    /// <summary>
    /// One update of each of the B states in <paramref name="states"/> (B×d, row-major) into <paramref name="updated"/>
    /// (B×d): <c>ξ_new = X softmax(β Xᵀξ)</c>. <paramref name="weights"/> (B×M) receives the softmax weights of each state.
    /// </summary>
    public void Update(ReadOnlySpan<double> states, Span<double> updated, Span<double> weights, int batch) =>
        Attention(states, _patterns, _patterns, updated, weights, batch, Count, Dimension, Dimension, Beta, Product);

    /// <summary>One update of a single state.</summary>
    public double[] Update(ReadOnlySpan<double> state)
    {
        CheckState(state, 1);
        double[] updated = new double[Dimension];
        Update(state, updated, new double[Count], 1);
        return updated;
    }

    /// <summary>
    /// Hopfield retrieval with keys and values apart, which is transformer attention: <c>R = softmax(β Q Kᵀ) V</c>
    /// for queries Q (B×d_k), keys K (M×d_k) and values V (M×d_v), all row-major; with β = 1/√d_k this is
    /// <c>softmax(QKᵀ/√d_k)V</c>. <paramref name="weights"/> (B×M) receives the softmax weights.
    /// </summary>
    public static void Attention(
        ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<double> values, Span<double> result, Span<double> weights,
        int batch, int count, int keyDimension, int valueDimension, double beta, IMatrixProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        product.MultiplyByTransposed(queries, keys, weights, batch, count, keyDimension);
        for (int b = 0; b < batch; b++)
        {
            Softmax.InPlace(weights.Slice(b * count, count), beta);
        }

        product.Multiply(weights, values, result, batch, valueDimension, count);
    }

    private void CheckState(ReadOnlySpan<double> state, int batch)
    {
        if (state.Length < batch * Dimension)
        {
            throw new ArgumentException($"a state of dimension {state.Length}, expected {Dimension}", nameof(state));
        }
    }
}
