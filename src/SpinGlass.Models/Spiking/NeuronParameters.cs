namespace SpinGlass.Models.Spiking;

/// <summary>
/// The parameters of the neurons of a spiking network. Times are in milliseconds; potentials and currents are in the
/// same units (the current is written as the potential <c>R I</c> it would hold), measured from the resting potential 0.
/// </summary>
/// <remarks>
/// Gerstner, Kistler, Naud, Paninski, <i>Neuronal Dynamics</i> (2014): LIF, ch. 1.3 and 5; the spike-response model and
/// escape noise, ch. 6.4 and 9.1. The ε kernel of the SRM is the LIF's own response to an exponential synaptic current,
/// <c>ε(s) = (e^{−s/τ_m} − e^{−s/τ_s})/(1 − τ_s/τ_m)</c>, so both models see the same input potential h(t).
/// </remarks>
/// <param name="Model">LIF or SRM with escape noise. The default is LIF.</param>
/// <param name="TauM">Membrane time constant τ_m (ms). The default is 10.</param>
/// <param name="TauS">Synaptic time constant τ_s (ms) of the exponential synaptic current. The default is 5.</param>
/// <param name="Threshold">Firing threshold ϑ (LIF: hard; SRM: the potential at which ρ = ρ₀). The default is 1.</param>
/// <param name="Reset">LIF reset potential u_r. The default is 0 (the resting potential).</param>
/// <param name="Refractory">Absolute refractory period t_ref (ms). The default is 2.</param>
/// <param name="Rho0">SRM escape rate ρ₀ at threshold (per ms). The default is 0.1 (100 Hz).</param>
/// <param name="DeltaU">SRM escape-noise width Δu. The default is 0.05.</param>
/// <param name="Eta0">SRM after-potential amplitude: <c>η(s) = −η₀ e^{−s/τ_η}</c>. The default is 1.</param>
/// <param name="TauEta">SRM after-potential time constant τ_η (ms). The default is 10.</param>
/// <param name="Sigma">
/// Input noise: white noise in the input current, scaled so that the free membrane potential fluctuates with standard deviation σ
/// (an Ornstein–Uhlenbeck process, <c>τ_m du = (−u + I) dt + σ √(2τ_m) dW</c>). It desynchronises the LIF network. The default is 0.1.
/// </param>
public sealed record NeuronParameters(
    NeuronModel Model = NeuronModel.Lif,
    double TauM = 10,
    double TauS = 5,
    double Threshold = 1,
    double Reset = 0,
    double Refractory = 2,
    double Rho0 = 0.1,
    double DeltaU = 0.05,
    double Eta0 = 1,
    double TauEta = 10,
    double Sigma = 0.1)
{
    /// <summary>The defaults: a LIF neuron with τ_m = 10 ms, τ_s = 5 ms, ϑ = 1, u_r = 0, t_ref = 2 ms, σ = 0.1.</summary>
    public static NeuronParameters Default { get; } = new();

    /// <summary>Throws when a parameter is out of its range (time constants and ρ₀, Δu positive, u_r below ϑ, t_ref ≥ 0).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TauM);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TauS);
        ArgumentOutOfRangeException.ThrowIfNegative(Refractory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Rho0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DeltaU);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TauEta);
        ArgumentOutOfRangeException.ThrowIfNegative(Sigma);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Reset, Threshold);
    }
}
