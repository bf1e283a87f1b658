namespace SpinGlass.Models.Spiking;

/// <summary>Closed forms of the leaky integrate-and-fire neuron.</summary>
/// <remarks>Gerstner et al., <i>Neuronal Dynamics</i>, Eq. 1.17: the interval between spikes under a constant current.</remarks>
public static class LifNeuron
{
    /// <summary>
    /// The firing rate (Hz) of a LIF neuron under the constant input <c>R I</c>:
    /// <c>ν = 1/(t_ref + τ_m ln((RI − u_r)/(RI − ϑ)))</c> (with reset to rest, u_r = 0, this is <c>1/(t_ref + τ_m ln(RI/(RI − ϑ)))</c>);
    /// zero when <c>RI ≤ ϑ</c>.
    /// </summary>
    /// <param name="parameters">τ_m, ϑ, u_r and t_ref (ms).</param>
    /// <param name="input">The constant input potential R I.</param>
    public static double Rate(NeuronParameters parameters, double input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (input <= parameters.Threshold)
        {
            return 0;
        }

        double interval = parameters.Refractory + parameters.TauM * Math.Log((input - parameters.Reset) / (input - parameters.Threshold));
        return 1000 / interval;
    }
}
