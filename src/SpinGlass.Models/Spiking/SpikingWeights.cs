using SpinGlass.Models.Learning;

namespace SpinGlass.Models.Spiking;

/// <summary>
/// The synaptic weights <c>w_ij</c> and thresholds <c>θ_i</c> of 0/1 (spiking) units, stored column by column so that
/// a spike of neuron j adds the contiguous column <c>w_{·j}</c> to the synaptic currents.
/// </summary>
/// <remarks>
/// From a spin network (<c>H = −½ Σ_{i≠j} J_ij s_i s_j − Σ_i b_i s_i</c>) with <c>V = (1 + s)/2</c>:
/// <c>w_ij = 4 J_ij</c> and <c>θ_i = 2 Σ_{j≠i} J_ij − 2 b_i</c>, so that <c>s_i ← sgn(h_i)</c> is exactly
/// <c>V_i ← [Σ_j w_ij V_j &gt; θ_i]</c> (see <see cref="LearnedNetwork"/>). For the covariance rule this gives back
/// <c>w = Σ_μ (ξ^μ − a)(ξ^μ − a)ᵀ/(N a(1 − a))</c> and its threshold θ.
/// </remarks>
public sealed class SpikingWeights
{
    private readonly double[] _columns;
    private readonly double[] _thresholds;

    /// <summary>Weights from a column-major N × N array (<c>columnMajor[j·N + i] = w_ij</c>) and thresholds θ_i.</summary>
    public SpikingWeights(int n, ReadOnlySpan<double> columnMajor, ReadOnlySpan<double> thresholds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (columnMajor.Length != (long)n * n || thresholds.Length != n)
        {
            throw new ArgumentException($"Expected {n}×{n} weights and {n} thresholds.", nameof(columnMajor));
        }

        N = n;
        _columns = columnMajor.ToArray();
        _thresholds = thresholds.ToArray();
    }

    /// <summary>Number of neurons N.</summary>
    public int N { get; }

    /// <summary>The thresholds θ_i.</summary>
    public ReadOnlySpan<double> Thresholds => _thresholds;

    /// <summary>The weights of the column-major array (<c>[j·N + i] = w_ij</c>).</summary>
    public ReadOnlySpan<double> ColumnMajor => _columns;

    /// <summary>Column j: the weights <c>w_ij</c> from neuron j onto every neuron i.</summary>
    public ReadOnlySpan<double> Column(int j) => _columns.AsSpan(j * N, N);

    /// <summary>The weight <c>w_ij</c> from neuron j onto neuron i.</summary>
    public double this[int i, int j] => _columns[(long)j * N + i];

    /// <summary>The 0/1 weights and thresholds equivalent to a learned spin network (zero self-weights).</summary>
    public static SpikingWeights From(LearnedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.N;
        var rowMajor = network.ToCouplingMatrix();
        var columns = new double[(long)n * n];
        var thresholds = new double[n];
        var row = new double[n];
        for (int i = 0; i < n; i++)
        {
            rowMajor.CopyRow(i, row);
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                columns[(long)j * n + i] = 4 * row[j];
                sum += row[j];
            }

            thresholds[i] = 2 * sum - 2 * network.Field(i);
        }

        return new SpikingWeights(n, columns, thresholds);
    }
}
