namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>The end states of one pattern set's random starts: class and energy per spin of each.</summary>
/// <param name="Classes">The class of each end state.</param>
/// <param name="Energies">The energy per spin of each end state.</param>
/// <param name="Overlaps">The end states' overlaps with every pattern (first trial of a point only, for the chart; else empty).</param>
public sealed record AttractorsTrial(AttractorClass[] Classes, double[] Energies, double[][] Overlaps)
{
    /// <summary>The fraction of starts that ended in <paramref name="kind"/>.</summary>
    public double Rate(AttractorClass kind) => Classes.Length == 0 ? 0 : (double)Classes.Count(c => c == kind) / Classes.Length;
}
