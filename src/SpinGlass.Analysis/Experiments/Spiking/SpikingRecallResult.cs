namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>What one recall of the spiking network measured.</summary>
/// <param name="Overlap">The overlap <c>m</c> with the cued pattern over the final measuring stretch (docs/spiking.md).</param>
/// <param name="RateHz">Mean firing rate (Hz) of the cued pattern's active units over the final stretch.</param>
/// <param name="BackgroundRateHz">Mean firing rate (Hz) of the other units over the final stretch.</param>
/// <param name="CvIsi">Mean coefficient of variation of the inter-spike intervals of the neurons with at least 3 intervals in the final stretch; NaN when none has.</param>
/// <param name="RetrievalTime">The end (ms from cue onset) of the first trace window whose overlap reaches the retrieval overlap; NaN when none does.</param>
/// <param name="Times">Window ends (ms) of the overlap trace.</param>
/// <param name="Trace">The overlaps <c>m_μ</c> of the traced patterns (the cued one first) in each window: <c>Trace[window][μ]</c>.</param>
/// <param name="Raster">The spikes (time in ms, neuron) when recorded, else empty.</param>
public sealed record SpikingRecallResult(
    double Overlap,
    double RateHz,
    double BackgroundRateHz,
    double CvIsi,
    double RetrievalTime,
    IReadOnlyList<double> Times,
    IReadOnlyList<double[]> Trace,
    IReadOnlyList<Spike> Raster);
