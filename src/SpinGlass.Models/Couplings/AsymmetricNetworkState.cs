namespace SpinGlass.Models.Couplings;

/// <summary>Chain state of an <see cref="AsymmetricNetwork"/>: spins and cached fields, no energy.</summary>
public sealed class AsymmetricNetworkState : ISpinState
{
    private readonly FieldCache _cache;

    internal AsymmetricNetworkState(FieldCache cache) => _cache = cache;

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <inheritdoc />
    public double LocalField(int i) => _cache.Field(i);

    /// <inheritdoc />
    public double FlipCost(int i) => _cache.FlipCost(i);

    /// <inheritdoc />
    public void Flip(int i) => _cache.Flip(i);

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins) => _cache.Reset(spins);
}
