namespace SpinGlass.Sampling;

/// <summary>
/// An immutable description of the dynamics of a chain: the rule, the inverse temperature β ∈ [0, ∞]
/// and the site order.
/// </summary>
/// <param name="Rule">The update rule.</param>
/// <param name="Beta">Inverse temperature <c>β = 1/T</c>; <c>double.PositiveInfinity</c> is T = 0.</param>
/// <param name="Order">Site order of asynchronous rules. The default is random.</param>
public sealed record Dynamics(UpdateRule Rule, double Beta, SiteOrder Order = SiteOrder.Random)
{
    /// <summary>The temperature <c>T = 1/β</c> (0 at β = ∞, ∞ at β = 0).</summary>
    public double Temperature => Temperatures.ToTemperature(Beta);

    /// <summary>Checks β ∈ [0, ∞] (not NaN) and returns the record.</summary>
    public Dynamics Validated()
    {
        if (double.IsNaN(Beta) || Beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "β must lie in [0, ∞].");
        }

        return this;
    }
}
