namespace SpinGlass.Analysis.Exact;

/// <summary>Argument checks shared by the exact results.</summary>
internal static class ExactGuards
{
    /// <summary>Accepts <c>β ∈ [0, ∞]</c>; rejects negative values and NaN.</summary>
    public static void RequireBeta(double beta)
    {
        if (!(beta >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "The inverse temperature must lie in [0, ∞].");
        }
    }

    /// <summary>Accepts a finite, strictly positive (ferromagnetic) coupling.</summary>
    public static void RequireFerromagnetic(double j)
    {
        if (!(j > 0 && double.IsFinite(j)))
        {
            throw new ArgumentOutOfRangeException(nameof(j), j, "The coupling J must be finite and positive.");
        }
    }
}
