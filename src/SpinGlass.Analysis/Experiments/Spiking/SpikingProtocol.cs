namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>
/// How one recall of the spiking network runs and is measured (times in ms): the cue is an input current for
/// <paramref name="CueDuration"/>, the network runs to <paramref name="Duration"/>, overlaps are traced in windows of
/// <paramref name="Window"/>, and the final overlap, rates and ISIs are measured over the last <paramref name="Measure"/>.
/// </summary>
/// <param name="Dt">The time step. The default is 0.1.</param>
/// <param name="Duration">The length of a recall, from cue onset. The default is 300.</param>
/// <param name="CueDuration">How long the cue current is on. The default is 50.</param>
/// <param name="CueStrength">The input potential the cue adds to each of its active units. The default is 0.5.</param>
/// <param name="Window">The width of the windows of the overlap trace. The default is 10.</param>
/// <param name="Measure">The final stretch over which overlap, rates and CV are measured. The default is 100.</param>
/// <param name="RetrievalOverlap">The overlap at which a recall counts as a retrieval. The default is 0.9.</param>
public sealed record SpikingProtocol(
    double Dt = 0.1,
    double Duration = 300,
    double CueDuration = 50,
    double CueStrength = 0.5,
    double Window = 10,
    double Measure = 100,
    double RetrievalOverlap = 0.9)
{
    /// <summary>The defaults.</summary>
    public static SpikingProtocol Default { get; } = new();

    /// <summary>Steps of dt in a span of time (rounded).</summary>
    public int StepsIn(double time) => (int)Math.Round(time / Dt, MidpointRounding.AwayFromZero);
}
