namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>Takes the energies and |m| of consecutive blocks of enumerated states (the real walk's per-T accumulation).</summary>
internal interface IEnergyBlockSink
{
    /// <summary>One block: the energy and <c>|m| = |M|/N</c> of each state.</summary>
    void Flush(ReadOnlySpan<double> energies, ReadOnlySpan<double> absMagnetisation);
}
