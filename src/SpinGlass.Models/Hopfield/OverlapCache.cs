namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Spins plus the integer pattern overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>, the cache behind every pattern-based chain
/// state (Hopfield, dense memory, sequences): a flip updates all overlaps in O(p) with the vector kernel.
/// </summary>
internal sealed class OverlapCache
{
    private readonly PatternSet _patterns;

    public OverlapCache(PatternSet patterns, ReadOnlySpan<sbyte> spins)
    {
        _patterns = patterns;
        Spins = new sbyte[patterns.N];
        Overlaps = new int[patterns.P];
        Reset(spins);
    }

    public sbyte[] Spins { get; }

    public int[] Overlaps { get; }

    public void Flip(int i)
    {
        OverlapKernels.AddScaled(_patterns.NeuronRow(i), Overlaps, -2 * Spins[i]);
        Spins[i] = (sbyte)-Spins[i];
    }

    public void Reset(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, Spins.Length);
        spins.CopyTo(Spins);
        for (int mu = 0; mu < Overlaps.Length; mu++)
        {
            Overlaps[mu] = _patterns.Overlap(mu, Spins);
        }
    }
}
