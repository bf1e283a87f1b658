using System.Numerics.Tensors;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Spiking;

namespace SpinGlass.Sampling.Spiking;

/// <summary>
/// A network of N spiking neurons (LIF or SRM with escape noise) coupled by <see cref="SpikingWeights"/> with a global
/// inhibition, advanced in fixed steps dt (ms). The input <c>I_i(t) = I₀ + κ (Σ_j w_ij x_j − θ_i − g x̄) + I^ext_i</c>
/// (<see cref="NetworkDrive"/>), plus white input noise of strength σ when asked, is integrated exactly over each step (the exponential synaptic current and the leaky
/// membrane are linear), so dt enters only through the spike times, which fall on the grid.
/// </summary>
/// <remarks>
/// <para>Cost per step: O(N) vector operations (<see cref="TensorPrimitives"/>) plus one column of the weights per spike
/// (a spike of neuron j adds <c>w_{·j}</c> to the synaptic currents), so O(spikes × N), never O(N²). The step allocates
/// nothing.</para>
/// <para>LIF: <c>τ_m du/dt = −u + I</c>; at <c>u ≥ ϑ</c> a spike, then <c>u = u_r</c> for t_ref. SRM (Gerstner's SRM with
/// escape noise): <c>u = h + Σ_f η(t − t^f)</c> with <c>τ_m dh/dt = −h + I</c> (the ε kernel) and
/// <c>η(s) = −η₀ e^{−s/τ_η}</c>; outside t_ref a neuron fires in a step with probability <c>1 − exp(−ρ(u) dt)</c>,
/// <c>ρ(u) = ρ₀ exp((u − ϑ)/Δu)</c>. Gerstner, Kistler, Naud, Paninski, <i>Neuronal Dynamics</i> (2014), ch. 1, 6, 9 and 17.</para>
/// </remarks>
public sealed class SpikingNetwork
{
    private readonly SpikingWeights _weights;
    private readonly NeuronParameters _neurons;
    private readonly NetworkDrive _drive;
    private readonly Xoshiro256StarStar _random;
    private readonly double[] _potential;   // LIF: u; SRM: h (the filtered input, no reset)
    private readonly double[] _synaptic;    // Σ_j w_ij x_j
    private readonly double[] _after;       // SRM: Σ_f η(t − t^f)
    private readonly double[] _constant;    // (I₀ − κθ_i + I^ext_i)(1 − e^{−dt/τ_m})
    private readonly double[] _external;
    private readonly double[] _scratch;
    private readonly int[] _refractory;     // steps left
    private readonly int[] _spikes;
    private readonly double _membraneDecay, _synapticDecay, _afterDecay, _synapticToMembrane, _jump, _noise;
    private readonly int _refractorySteps;
    private double _population;             // x̄
    private int _spikeCount;

    /// <summary>Creates the network at rest (u = 0, no synaptic current) with no external input.</summary>
    /// <param name="weights">Weights and thresholds.</param>
    /// <param name="neurons">The neuron model and its parameters.</param>
    /// <param name="drive">Bias, gain, inhibition and reference rate.</param>
    /// <param name="dt">Time step (ms), positive and at most min(τ_m, τ_s)/2.</param>
    /// <param name="random">The stream of the input noise (σ &gt; 0) and the escape noise (SRM); a noiseless LIF network draws nothing.</param>
    public SpikingNetwork(SpikingWeights weights, NeuronParameters neurons, NetworkDrive drive, double dt, Xoshiro256StarStar random)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(neurons);
        ArgumentNullException.ThrowIfNull(drive);
        ArgumentNullException.ThrowIfNull(random);
        neurons.Validate();
        drive.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dt);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dt, Math.Min(neurons.TauM, neurons.TauS) / 2);
        _weights = weights;
        _neurons = neurons;
        _drive = drive;
        _random = random;
        Dt = dt;
        int n = weights.N;
        _potential = new double[n];
        _synaptic = new double[n];
        _after = new double[n];
        _constant = new double[n];
        _external = new double[n];
        _scratch = new double[n];
        _refractory = new int[n];
        _spikes = new int[n];
        _membraneDecay = Math.Exp(-dt / neurons.TauM);
        _synapticDecay = Math.Exp(-dt / neurons.TauS);
        _afterDecay = Math.Exp(-dt / neurons.TauEta);
        // h(dt) from a current decaying from Y: κY τ_s/(τ_s − τ_m)(e^{−dt/τ_s} − e^{−dt/τ_m}); the limit (dt/τ) e^{−dt/τ} at τ_s = τ_m
        double coupling = Math.Abs(neurons.TauS - neurons.TauM) < 1e-12
            ? dt / neurons.TauM * _membraneDecay
            : neurons.TauS / (neurons.TauS - neurons.TauM) * (_synapticDecay - _membraneDecay);
        _synapticToMembrane = drive.Gain * coupling;
        _noise = neurons.Sigma * Math.Sqrt(1 - (_membraneDecay * _membraneDecay));
        _jump = 1000 / (neurons.TauS * drive.ReferenceRate);
        _refractorySteps = (int)Math.Round(neurons.Refractory / dt, MidpointRounding.AwayFromZero);
        UpdateConstant();
    }

    /// <summary>Number of neurons N.</summary>
    public int N => _weights.N;

    /// <summary>The time step (ms).</summary>
    public double Dt { get; }

    /// <summary>Steps taken.</summary>
    public long Steps { get; private set; }

    /// <summary>Time since the start (ms).</summary>
    public double Time => Steps * Dt;

    /// <summary>The neurons that fired in the last step, in increasing order.</summary>
    public ReadOnlySpan<int> Spikes => _spikes.AsSpan(0, _spikeCount);

    /// <summary>The population activity x̄ that the global inhibition sees (1 when every neuron fires at ν_ref).</summary>
    public double PopulationActivity => _population;

    /// <summary>The membrane potential of neuron i (SRM: <c>h_i + Σ_f η</c>).</summary>
    public double Potential(int i) => _neurons.Model == NeuronModel.Lif ? _potential[i] : _potential[i] + _after[i];

    /// <summary>Sets the external input potentials <c>I^ext_i</c> (e.g. a cue), held until changed.</summary>
    public void SetInput(ReadOnlySpan<double> input)
    {
        if (input.Length != N)
        {
            throw new ArgumentException($"Expected {N} inputs.", nameof(input));
        }

        input.CopyTo(_external);
        UpdateConstant();
    }

    /// <summary>Removes the external input.</summary>
    public void ClearInput()
    {
        Array.Clear(_external);
        UpdateConstant();
    }

    /// <summary>Advances the network by one step dt and returns the number of spikes in it (<see cref="Spikes"/>).</summary>
    public int Step()
    {
        // the synaptic current at the start of the step, inhibition included, decays exponentially over it
        TensorPrimitives.Subtract(_synaptic, _drive.Inhibition * _population, _scratch);
        TensorPrimitives.FusedMultiplyAdd(_potential, _membraneDecay, _constant, _potential);
        TensorPrimitives.MultiplyAdd(_scratch, _synapticToMembrane, _potential, _potential);
        if (_noise > 0)
        {
            // the exact Ornstein–Uhlenbeck increment over dt: free-membrane fluctuations of standard deviation σ
            for (int i = 0; i < _scratch.Length; i++)
            {
                _scratch[i] = _random.NextGaussian();
            }

            TensorPrimitives.MultiplyAdd(_scratch, _noise, _potential, _potential);
        }

        TensorPrimitives.Multiply(_synaptic, _synapticDecay, _synaptic);
        _population *= _synapticDecay;
        _spikeCount = _neurons.Model == NeuronModel.Lif ? FireLif() : FireSrm();
        for (int k = 0; k < _spikeCount; k++)
        {
            TensorPrimitives.MultiplyAdd(_weights.Column(_spikes[k]), _jump, _synaptic, _synaptic);
        }

        _population += _spikeCount * _jump / N;
        Steps++;
        return _spikeCount;
    }

    private int FireLif()
    {
        double threshold = _neurons.Threshold, reset = _neurons.Reset;
        int count = 0;
        for (int i = 0; i < _potential.Length; i++)
        {
            if (_refractory[i] > 0)
            {
                _refractory[i]--;
                _potential[i] = reset;
            }
            else if (_potential[i] >= threshold)
            {
                _potential[i] = reset;
                _refractory[i] = _refractorySteps;
                _spikes[count++] = i;
            }
        }

        return count;
    }

    private int FireSrm()
    {
        // survival over the step, exp(−ρ₀ e^{(u − ϑ)/Δu} dt), for every neuron at once
        TensorPrimitives.Multiply(_after, _afterDecay, _after);
        TensorPrimitives.Add(_potential, _after, _scratch);
        TensorPrimitives.Subtract(_scratch, _neurons.Threshold, _scratch);
        TensorPrimitives.Multiply(_scratch, 1 / _neurons.DeltaU, _scratch);
        TensorPrimitives.Exp(_scratch, _scratch);
        TensorPrimitives.Multiply(_scratch, -_neurons.Rho0 * Dt, _scratch);
        TensorPrimitives.Exp(_scratch, _scratch);
        int count = 0;
        for (int i = 0; i < _scratch.Length; i++)
        {
            double draw = _random.NextDouble();
            if (_refractory[i] > 0)
            {
                _refractory[i]--;
            }
            else if (draw >= _scratch[i])
            {
                _after[i] -= _neurons.Eta0;
                _refractory[i] = _refractorySteps;
                _spikes[count++] = i;
            }
        }

        return count;
    }

    private void UpdateConstant()
    {
        var thresholds = _weights.Thresholds;
        for (int i = 0; i < _constant.Length; i++)
        {
            _constant[i] = (_drive.Bias - _drive.Gain * thresholds[i] + _external[i]) * (1 - _membraneDecay);
        }
    }
}
