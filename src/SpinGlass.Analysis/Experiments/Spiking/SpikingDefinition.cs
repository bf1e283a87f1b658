using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Spiking;

namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>
/// The <c>spiking</c> experiment: store p random sparse patterns by a learning rule, cue one of them as an input current
/// to a network of spiking neurons with global inhibition, and measure from spike counts whether the network retrieves
/// it; beside it, the binary network with the same couplings relaxed at T = 0 from the same cue.
/// </summary>
/// <param name="Points">The (N, p, α, noise) points in output order.</param>
/// <param name="Learning">The learning rule and its options (coding level a, threshold, self-coupling).</param>
/// <param name="Neurons">The neuron model and its parameters.</param>
/// <param name="Drive">Bias, gain, global inhibition and reference rate.</param>
/// <param name="Protocol">Time step, durations and windows.</param>
/// <param name="Binary">The zero-temperature relaxation of the binary comparison.</param>
/// <param name="Trials">Independent pattern sets (and cues) per point.</param>
public sealed record SpikingDefinition(
    IReadOnlyList<SpikingPoint> Points,
    HopfieldLearning Learning,
    NeuronParameters Neurons,
    NetworkDrive Drive,
    SpikingProtocol Protocol,
    ChainProtocol Binary,
    int Trials)
{
    /// <summary>The coding level a of the patterns (½ when none is given).</summary>
    public double Coding => Learning.Settings.Activity ?? 0.5;
}
