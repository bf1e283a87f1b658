namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>A configuration no single flip lowers in energy.</summary>
/// <param name="State">The spins as <c>+</c>/<c>-</c>, spin 0 first.</param>
/// <param name="Energy">Its energy.</param>
/// <param name="FlatFlips">How many single flips leave the energy unchanged (0: a strict minimum).</param>
/// <param name="Ground">Whether it is a ground state.</param>
/// <param name="Class">For Hopfield networks <c>pattern</c>, <c>reversed</c>, <c>mixture</c> or <c>spurious</c>; else empty.</param>
/// <param name="Label">Which patterns, e.g. <c>xi2</c>, <c>-xi1</c>, <c>xi1+xi2-xi3</c>; else empty.</param>
public sealed record LocalMinimum(string State, double Energy, int FlatFlips, bool Ground, string Class, string Label);
