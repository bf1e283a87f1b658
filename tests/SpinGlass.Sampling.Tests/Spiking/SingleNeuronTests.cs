using SpinGlass.Models.Randomness;
using SpinGlass.Models.Spiking;
using SpinGlass.Sampling.Spiking;
using Xunit.Abstractions;

namespace SpinGlass.Sampling.Tests.Spiking;

/// <summary>One neuron under a constant input, against the closed forms.</summary>
public sealed class SingleNeuronTests(ITestOutputHelper output)
{
    private const double Dt = 0.01;

    [Theory]
    [InlineData(1.2, 0.0)]
    [InlineData(1.5, 0.0)]
    [InlineData(3.0, 0.0)]
    [InlineData(1.5, -0.3)]
    public void A_lif_neuron_under_constant_current_fires_at_the_closed_form_rate(double input, double reset)
    {
        var neurons = new NeuronParameters(Reset: reset, Sigma: 0);
        var (rate, _) = Measure(neurons, input, Dt, 4000);
        double expected = LifNeuron.Rate(neurons, input);
        output.WriteLine($"RI = {input}, u_r = {reset}: measured {rate:F3} Hz, 1/(t_ref + τ_m ln((RI − u_r)/(RI − ϑ))) = {expected:F3} Hz");
        // spikes fall on the grid: each interval is late by less than one step
        Assert.InRange(rate, expected / (1 + (Dt * expected / 1000)), expected * 1.0001);
    }

    [Fact]
    public void A_lif_neuron_below_threshold_never_fires()
    {
        var (rate, _) = Measure(new NeuronParameters(Sigma: 0), 0.999, 0.1, 2000);
        Assert.Equal(0, rate);
        Assert.Equal(0, LifNeuron.Rate(NeuronParameters.Default, 0.999));
    }

    [Fact]
    public void An_srm_neuron_held_at_threshold_fires_as_a_poisson_process_of_rate_rho0()
    {
        // no after-potential and no refractory period: the escape intensity ρ(ϑ) = ρ₀ throughout
        var neurons = new NeuronParameters(NeuronModel.Srm, Refractory: 0, Eta0: 0, Sigma: 0, Rho0: 0.1);
        const double Step = 0.1;
        var (rate, cv) = Measure(neurons, neurons.Threshold, Step, 20_000, settle: 100);
        double expected = 1000 * (1 - Math.Exp(-neurons.Rho0 * Step)) / Step; // geometric intervals: ρ₀(1 − ρ₀dt/2 + …)
        double sigma = Math.Sqrt(expected * 20) / 20;
        output.WriteLine($"SRM at ϑ: {rate:F2} Hz (expected {expected:F2} ± {sigma:F2} Hz), CV of ISIs {cv:F3} (Poisson: 1)");
        Assert.InRange(rate, expected - (4 * sigma), expected + (4 * sigma));
        Assert.InRange(cv, 0.93, 1.07);
    }

    [Fact]
    public void A_step_of_a_firing_network_allocates_nothing()
    {
        var weights = new SpikingWeights(2, [0, 0.1, 0.1, 0], [0, 0]);
        foreach (var model in new[] { NeuronModel.Lif, NeuronModel.Srm })
        {
            var network = new SpikingNetwork(weights, new NeuronParameters(model), new NetworkDrive(Bias: 1.5, Inhibition: 0), 0.1, new Xoshiro256StarStar(3));
            Steps(network, 20_000); // let the JIT settle (tiering and on-stack replacement allocate)
            long before = GC.GetAllocatedBytesForCurrentThread();
            int spikes = Steps(network, 10_000);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated == 0, $"{model}: {allocated} bytes");
            Assert.True(spikes > 100, $"{model}: {spikes} spikes");
        }
    }

    private static int Steps(SpikingNetwork network, int count)
    {
        int spikes = 0;
        for (int k = 0; k < count; k++)
        {
            spikes += network.Step();
        }

        return spikes;
    }

    /// <summary>The rate (Hz) and ISI CV of one neuron with zero weights and the constant input <paramref name="input"/>.</summary>
    private static (double Rate, double Cv) Measure(NeuronParameters neurons, double input, double dt, double milliseconds, double settle = 0)
    {
        var weights = new SpikingWeights(1, [0.0], [0.0]);
        var network = new SpikingNetwork(weights, neurons, new NetworkDrive(Bias: input, Gain: 0), dt, new Xoshiro256StarStar(17));
        var spikes = new List<double>();
        long steps = (long)Math.Round((settle + milliseconds) / dt);
        for (long k = 0; k < steps; k++)
        {
            if (network.Step() > 0 && network.Time > settle)
            {
                spikes.Add(network.Time);
            }
        }

        if (spikes.Count < 2)
        {
            return (0, double.NaN);
        }

        var intervals = spikes.Zip(spikes.Skip(1), (a, b) => b - a).ToArray();
        double mean = intervals.Average();
        double sd = Math.Sqrt(intervals.Select(i => (i - mean) * (i - mean)).Average());
        return (1000 / mean, sd / mean);
    }
}
