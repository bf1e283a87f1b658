namespace SpinGlass.Sampling;

/// <summary>
/// An immutable description of the dynamics of a chain: the rule, the inverse temperature β ∈ [0, ∞]
/// and the site order.
/// </summary>
/// <param name="Rule">The update rule.</param>
/// <param name="Beta">Inverse temperature <c>β = 1/T</c>; <c>double.PositiveInfinity</c> is T = 0.</param>
/// <param name="Order">Site order of asynchronous rules. The default is random.</param>
/// <param name="RowWidth">The sites per row of <see cref="SiteOrder.Rows"/> (ignored by the other orders). The default is 0.</param>
public sealed record Dynamics(UpdateRule Rule, double Beta, SiteOrder Order = SiteOrder.Random, int RowWidth = 0)
{
    /// <summary>The temperature <c>T = 1/β</c> (0 at β = ∞, ∞ at β = 0).</summary>
    public double Temperature => Temperatures.ToTemperature(Beta);

    /// <summary>Checks β ∈ [0, ∞] (not NaN) and that rows order has the zero-temperature rule and a width; returns the record.</summary>
    public Dynamics Validated()
    {
        if (double.IsNaN(Beta) || Beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "β must lie in [0, ∞].");
        }

        if (Order == SiteOrder.Rows && (Rule != UpdateRule.ZeroTemperature || RowWidth < 1))
        {
            throw new ArgumentException(
                "Rows order updates a row's sites together from one state, which samples no Boltzmann distribution: it needs the zero-temperature rule and a row width of at least 1.",
                nameof(Order));
        }

        return this;
    }
}
