namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>One (N, α, T) point: overlap and energy per spin over pattern sets, beside the replica-symmetric theory.</summary>
/// <param name="N">Neurons.</param>
/// <param name="Alpha">Load α.</param>
/// <param name="T">Temperature.</param>
/// <param name="Overlap">Mean time-averaged overlap with the starting pattern.</param>
/// <param name="OverlapErr">Its standard error over pattern sets.</param>
/// <param name="Energy">Mean energy per spin.</param>
/// <param name="EnergyErr">Its standard error.</param>
/// <param name="OverlapTheory">RS retrieval overlap m(α, T) (0 where the retrieval branch does not exist).</param>
/// <param name="EnergyTheory">RS energy per spin of the state the run ends in: retrieval below T_M, else spin glass or paramagnet.</param>
public sealed record PhaseDiagramPointResult(
    int N, double Alpha, double T, double Overlap, double OverlapErr, double Energy, double EnergyErr, double OverlapTheory, double EnergyTheory);
