namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>One bin of the density of states: exact levels for integer couplings (<c>Low = High = Energy</c>), else a bin.</summary>
/// <param name="Energy">The level, or the bin's centre.</param>
/// <param name="Low">The bin's lower edge.</param>
/// <param name="High">The bin's upper edge.</param>
/// <param name="Count">How many configurations.</param>
public sealed record EnergyLevel(double Energy, double Low, double High, long Count);
