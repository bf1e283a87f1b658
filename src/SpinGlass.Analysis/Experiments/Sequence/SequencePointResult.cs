namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>The measured sequence recall at one point, with standard errors over independent sequences.</summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Sequence length.</param>
/// <param name="Alpha">Load α = p/N.</param>
/// <param name="Lambda">Transition strength λ.</param>
/// <param name="Delay">Filter time constant τ in sweeps.</param>
/// <param name="T">Temperature.</param>
/// <param name="CompletedRate">Fraction of trials that followed the sequence for the whole run.</param>
/// <param name="CompletedRateErr">Its standard error.</param>
/// <param name="Transitions">Mean correct transitions per trial.</param>
/// <param name="TransitionsErr">Its standard error.</param>
/// <param name="DwellTime">Mean dwell time per pattern in sweeps (over trials with at least one full dwell).</param>
/// <param name="DwellTimeErr">Its standard error.</param>
/// <param name="DwellTimeTheory">Sompolinsky–Kanter / Kleinfeld dwell time (1 for the stepping network; T = 0 only).</param>
/// <param name="Overlap">Mean overlap with the current pattern over the second half of the run.</param>
/// <param name="OverlapErr">Its standard error.</param>
/// <param name="OverlapTheory">Düring–Coolen–Sherrington stationary overlap of the stepping network at T = 0 (NaN otherwise or above α_c).</param>
/// <param name="Trace">The first trial's m_1 … m_k at t = 0 … sweeps.</param>
public sealed record SequencePointResult(
    int N,
    int P,
    double Alpha,
    double Lambda,
    int Delay,
    double T,
    double CompletedRate,
    double CompletedRateErr,
    double Transitions,
    double TransitionsErr,
    double DwellTime,
    double DwellTimeErr,
    double DwellTimeTheory,
    double Overlap,
    double OverlapErr,
    double OverlapTheory,
    double[][] Trace);
