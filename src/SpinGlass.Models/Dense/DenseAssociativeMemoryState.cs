using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Dense;

/// <summary>
/// Chain state of a <see cref="DenseAssociativeMemory"/>: spins and the integer overlaps <c>M_μ = ξ^μ·s</c>.
/// A flip cost and a field cost O(K); a flip updates <c>M</c> in O(K).
/// </summary>
/// <remarks>
/// The energy is not accumulated flip by flip but recomputed from the overlaps in O(K) when read, so it is exactly
/// the from-scratch value (for the polynomial kinds an integer) however long the chain runs. Offers its own struct
/// site view (<see cref="ISiteAccessProvider"/>).
/// </remarks>
public sealed class DenseAssociativeMemoryState : IEnergyState, ISiteAccessProvider
{
    private readonly DenseAssociativeMemory _model;
    private readonly OverlapCache _cache;

    internal DenseAssociativeMemoryState(DenseAssociativeMemory model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _cache = new OverlapCache(model.Patterns, spins);
    }

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <summary>The integer overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>.</summary>
    public ReadOnlySpan<int> Overlaps => _cache.Overlaps;

    /// <inheritdoc />
    public double Energy => _model.EnergyOf(_cache.Overlaps);

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
    public double FlipCost(int i) => _model.Kind == Interaction.Exponential ? ExponentialFlipCost(i) : PolynomialFlipCost(i);

    /// <summary>The effective field <c>h_i = ΔE_i/(2 s_i)</c>; <c>s_i ← sgn(h_i)</c> is the Krotov–Hopfield rule.</summary>
    public double LocalField(int i) => 0.5 * _cache.Spins[i] * FlipCost(i);

    /// <inheritdoc />
    public void Flip(int i) => _cache.Flip(i);

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins) => _cache.Reset(spins);

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new DenseSites(this));

    private long PolynomialFlipCost(int i)
    {
        var row = _model.Patterns.NeuronRow(i);
        var table = _model.PolynomialTable;
        int n = N, s = _cache.Spins[i];
        var overlaps = _cache.Overlaps.AsSpan(0, row.Length);
        long cost = 0;
        for (int mu = 0; mu < row.Length; mu++)
        {
            int m = overlaps[mu] + n;
            cost += table[m] - table[m - 2 * row[mu] * s];
        }

        return cost;
    }

    private double ExponentialFlipCost(int i)
    {
        var row = _model.Patterns.NeuronRow(i);
        var table = _model.ExponentialTable;
        int n = N, s = _cache.Spins[i];
        var overlaps = _cache.Overlaps.AsSpan(0, row.Length);
        double down = 0, up = 0;
        for (int mu = 0; mu < row.Length; mu++)
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
