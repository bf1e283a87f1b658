namespace SpinGlass.Models.Spiking;

/// <summary>The neuron model of a spiking network (docs/spiking.md).</summary>
public enum NeuronModel
{
    /// <summary>
    /// Leaky integrate-and-fire: <c>τ_m du/dt = −u + I(t)</c>, a spike when u reaches ϑ, then u = u_r held for the
    /// refractory period. Deterministic.
    /// </summary>
    Lif,

    /// <summary>
    /// Spike-response model with escape noise: <c>u(t) = Σ_f η(t − t^f) + h(t)</c>, <c>h</c> the input filtered by the
    /// PSP kernel ε, and spikes at the intensity <c>ρ(u) = ρ₀ exp((u − ϑ)/Δu)</c>.
    /// </summary>
    Srm,
}
