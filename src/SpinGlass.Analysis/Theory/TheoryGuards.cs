namespace SpinGlass.Analysis.Theory;

/// <summary>Argument checks shared by the mean-field theories.</summary>
internal static class TheoryGuards
{
    /// <summary>Accepts a finite load <c>α ≥ 0</c>.</summary>
    public static void RequireLoad(double alpha)
    {
        if (!(alpha >= 0 && double.IsFinite(alpha)))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The load α = p/N must be finite and non-negative.");
        }
    }

    /// <summary>Accepts <c>β ∈ [0, ∞]</c>.</summary>
    public static void RequireBeta(double beta)
    {
        if (!(beta >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "The inverse temperature must lie in [0, ∞].");
        }
    }

    /// <summary>Accepts <c>T ∈ [0, ∞)</c>.</summary>
    public static void RequireTemperature(double temperature)
    {
        if (!(temperature >= 0 && double.IsFinite(temperature)))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must lie in [0, ∞).");
        }
    }
}
