namespace SpinGlass.Models.Spiking;

/// <summary>
/// How the learned couplings drive the neurons of a spiking network. Neuron i receives the input potential
/// <c>I_i(t) = I₀ + κ (Σ_j w_ij x_j(t) − θ_i − g x̄(t)) + I^cue_i(t)</c>, where <c>x_j(t)</c> is neuron j's spike train
/// filtered by the synaptic kernel <c>e^{−s/τ_s}/(τ_s ν_ref)</c> (so that firing steadily at ν_ref gives x = 1) and
/// <c>x̄ = (1/N) Σ_j x_j</c> the population activity that the global inhibition feeds back.
/// </summary>
/// <remarks>
/// In the stored state of a covariance network (<c>x = ξ^μ</c> at ν_ref) the recurrent term <c>Σ_j w_ij x_j − θ_i</c> is
/// <c>½</c> for the pattern's active units and <c>−½</c> for the others; with the defaults (and the inhibition
/// <c>κ g x̄ = 0.24</c> at <c>x̄ = a = 0.1</c>) they receive 1.36 and 0.56, above and below the threshold 1, and the silent
/// network receives <c>I₀ − κθ = 0.88</c>, so rest is stable too.
/// </remarks>
/// <param name="Bias">The constant input I₀. The default is 1.2.</param>
/// <param name="Gain">κ, the potential per unit of learned field. The default is 0.8.</param>
/// <param name="Inhibition">g, the global inhibition per unit of population activity x̄. The default is 3.</param>
/// <param name="ReferenceRate">ν_ref (Hz): the rate at which a neuron's filtered activity x is 1. The default is 50.</param>
public sealed record NetworkDrive(double Bias = 1.2, double Gain = 0.8, double Inhibition = 3, double ReferenceRate = 50)
{
    /// <summary>The defaults.</summary>
    public static NetworkDrive Default { get; } = new();

    /// <summary>Throws when κ or g is negative or ν_ref not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Gain);
        ArgumentOutOfRangeException.ThrowIfNegative(Inhibition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ReferenceRate);
    }
}
