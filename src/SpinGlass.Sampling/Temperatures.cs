namespace SpinGlass.Sampling;

/// <summary>Conversions between temperature and inverse temperature with the limits exact: T = 0 ⇔ β = ∞.</summary>
public static class Temperatures
{
    /// <summary><c>β = 1/T</c>; T = 0 gives β = ∞.</summary>
    public static double ToBeta(double temperature) =>
        temperature == 0 ? double.PositiveInfinity : 1 / temperature;

    /// <summary><c>T = 1/β</c>; β = ∞ gives T = 0.</summary>
    public static double ToTemperature(double beta) =>
        double.IsPositiveInfinity(beta) ? 0 : 1 / beta;
}
