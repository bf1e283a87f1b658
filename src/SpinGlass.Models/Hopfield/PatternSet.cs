using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// An immutable set of <c>p</c> patterns <c>ξ^μ_i = ±1</c> over <c>N</c> neurons.
/// </summary>
/// <remarks>
/// Stored twice: pattern-major (<c>[μ·N + i]</c>) for overlaps and neuron-major (<c>[i·p + μ]</c>) so that
/// a local field <c>Σ_μ ξ^μ_i M_μ</c> reads one contiguous row.
/// </remarks>
public sealed class PatternSet
{
    private readonly sbyte[] _patternMajor;
    private readonly sbyte[] _neuronMajor;

    /// <summary>Creates a pattern set from pattern-major data <c>[μ·N + i]</c> (copied).</summary>
    /// <param name="n">Number of neurons <c>N ≥ 1</c>.</param>
    /// <param name="patternMajor">The <c>p·N</c> values ±1.</param>
    public PatternSet(int n, ReadOnlySpan<sbyte> patternMajor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (patternMajor.Length % n != 0)
        {
            throw new ArgumentException($"Pattern data length {patternMajor.Length} is not a multiple of N = {n}.", nameof(patternMajor));
        }

        N = n;
        P = patternMajor.Length / n;
        ModelGuards.RequireSpins(patternMajor, patternMajor.Length);
        _patternMajor = patternMajor.ToArray();
        _neuronMajor = new sbyte[_patternMajor.Length];
        for (int mu = 0; mu < P; mu++)
        {
            for (int i = 0; i < n; i++)
            {
                _neuronMajor[i * P + mu] = _patternMajor[mu * n + i];
            }
        }
    }

    /// <summary>Number of neurons <c>N</c>.</summary>
    public int N { get; }

    /// <summary>Number of patterns <c>p</c>.</summary>
    public int P { get; }

    /// <summary>The load <c>α = p/N</c>.</summary>
    public double Alpha => (double)P / N;

    /// <summary>Pattern <c>ξ^μ</c> as a span of <c>N</c> spins.</summary>
    public ReadOnlySpan<sbyte> Pattern(int mu) => _patternMajor.AsSpan(mu * N, N);

    /// <summary>The row <c>(ξ^1_i, …, ξ^p_i)</c> of neuron <c>i</c>.</summary>
    public ReadOnlySpan<sbyte> NeuronRow(int i) => _neuronMajor.AsSpan(i * P, P);

    /// <summary>
    /// Random patterns with <c>P(ξ = +1) = (1 + bias)/2</c>, i.i.d.; bias 0 (the default) is unbiased.
    /// </summary>
    public static PatternSet Random(int n, int p, ref Xoshiro256StarStar rng, double bias = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        if (!(bias >= -1 && bias <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(bias), bias, "Bias must lie in [-1, 1].");
        }

        double up = (1 + bias) / 2;
        var data = new sbyte[n * p];
        for (int k = 0; k < data.Length; k++)
        {
            data[k] = bias == 0 ? rng.NextSpin() : rng.NextDouble() < up ? (sbyte)1 : (sbyte)-1;
        }

        return new PatternSet(n, data);
    }

    /// <summary>The integer overlap numerator <c>N m_μ = Σ_i ξ^μ_i s_i</c>.</summary>
    public int Overlap(int mu, ReadOnlySpan<sbyte> spins)
    {
        var pattern = Pattern(mu);
        int sum = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            sum += pattern[i] * spins[i];
        }

        return sum;
    }
}
