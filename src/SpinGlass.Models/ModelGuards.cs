namespace SpinGlass.Models;

/// <summary>Argument checks shared by the models, applied at the boundary (never inside a sweep).</summary>
internal static class ModelGuards
{
    public static void RequireSpins(ReadOnlySpan<sbyte> spins, int n)
    {
        if (spins.Length != n)
        {
            throw new ArgumentException($"Expected {n} spins, got {spins.Length}.", nameof(spins));
        }

        foreach (sbyte s in spins)
        {
            if (s is not (1 or -1))
            {
                throw new ArgumentException($"Spins must be +1 or -1, got {s}.", nameof(spins));
            }
        }
    }
}
