using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Dense;

/// <summary>
/// Chain state of a <see cref="DenseAssociativeMemory"/>: spins and the integer overlaps <c>M_μ = ξ^μ·s</c>.
/// A flip cost and a field cost O(K); a flip updates <c>M</c> in O(K).
/// </summary>
/// <remarks>
/// <para>The energy is not accumulated flip by flip but recomputed from the overlaps in O(K) when read, so it is exactly
/// the from-scratch value (for the polynomial kinds an integer) however long the chain runs. Offers its own struct
/// site view (<see cref="ISiteAccessProvider"/>).</para>
/// <para>The overlaps are int32, padded with zeros to a multiple of 32 and 64-byte aligned, beside the model's
/// neuron-major int16 pattern rows: a flip and a polynomial flip cost are one vector pass over a row
/// (<see cref="DenseKernels"/>, exact integers at every width, so the same chain on every CPU).</para>
/// </remarks>
public sealed class DenseAssociativeMemoryState : IEnergyState, ISiteAccessProvider
{
    private readonly DenseAssociativeMemory _model;
    private readonly sbyte[] _spins;
    private readonly int[] _overlaps;
    private readonly int _overlapsStart;

    internal DenseAssociativeMemoryState(DenseAssociativeMemory model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _spins = new sbyte[model.N];
        _overlaps = AlignedArray.Allocate<int>(model.Stride, out _overlapsStart);
        SetSpins(spins);
    }

    /// <inheritdoc />
    public int N => _spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>The integer overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>.</summary>
    public ReadOnlySpan<int> Overlaps => _overlaps.AsSpan(_overlapsStart, _model.K);

    /// <inheritdoc />
    public double Energy => _model.EnergyOf(Overlaps);

    /// <summary>The overlaps with their zero padding, the length of a pattern row.</summary>
    private Span<int> Padded => _overlaps.AsSpan(_overlapsStart, _model.Stride);

    /// <summary>
    /// The exact integer flip cost <c>ΔE_i = −Σ_μ [F(M_μ − 2ξ^μ_i s_i) − F(M_μ)]</c> of the polynomial kinds.
    /// </summary>
    /// <exception cref="InvalidOperationException">The interaction is exponential.</exception>
    public long IntegerFlipCost(int i)
    {
        if (_model.Kind == Interaction.Exponential)
        {
            throw new InvalidOperationException("The exponential interaction has no integer flip cost.");
        }

        return PolynomialFlipCost(i);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FlipCost(int i) => _model.Kind == Interaction.Exponential ? ExponentialFlipCost(i) : PolynomialFlipCost(i);

    /// <summary>The effective field <c>h_i = ΔE_i/(2 s_i)</c>; <c>s_i ← sgn(h_i)</c> is the Krotov–Hopfield rule.</summary>
    public double LocalField(int i) => 0.5 * _spins[i] * FlipCost(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int i)
    {
        int s = _spins[i];
        DenseKernels.Add(_model.Row(i), Padded, -2 * s);
        _spins[i] = (sbyte)-s;
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        spins.CopyTo(_spins);
        var overlaps = Padded;
        overlaps.Clear();
        for (int i = 0; i < _spins.Length; i++)
        {
            DenseKernels.Add(_model.Row(i), overlaps, _spins[i]);
        }
    }

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new DenseSites(this));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long PolynomialFlipCost(int i)
    {
        var row = _model.Row(i);
        int s = _spins[i];
        if (_model.Int32FlipCosts)
        {
            return DenseKernels.PolynomialCost(row, Padded, s, _model.Power, _model.Kind == Interaction.RectifiedPolynomial);
        }

        var table = _model.PolynomialTable;
        var overlaps = Overlaps;
        int n = N;
        long cost = 0;
        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            int m = overlaps[mu] + n;
            cost += table[m] - table[m - (2 * row[mu] * s)];
        }

        return cost;
    }

    private double ExponentialFlipCost(int i)
    {
        var row = _model.Row(i);
        var table = _model.ExponentialTable;
        var overlaps = Overlaps;
        int n = N, s = _spins[i];
        double down = 0, up = 0;
        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            double f = table[overlaps[mu] + n];
            if (row[mu] * s > 0)
            {
                down += f;
            }
            else
            {
                up += f;
            }
        }

        // −Σ_μ F(M_μ)(e^{−2βσ_μ} − 1), grouped by σ_μ = ξ^μ_i s_i: each term one product, never a difference.
        return _model.DownFactor * down + _model.UpFactor * up;
    }
}
