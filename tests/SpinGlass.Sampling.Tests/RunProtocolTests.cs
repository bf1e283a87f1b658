using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests;

public sealed class RunProtocolTests
{
    [Fact]
    public void Protocol_thermalizes_then_measures_every_kth_sweep_and_reports_the_measurement_acceptance()
    {
        var model = new IsingLattice(LatticeKind.Square, 6);
        var rng = new Xoshiro256StarStar(4);
        var chain = new MarkovChain(model.CreateState(MarkovChainTests.RandomSpins(model.N, rng)), new Dynamics(UpdateRule.Metropolis, 0), rng);
        var sweepsAtMeasurement = new List<long>();
        double acceptance = new RunProtocol(10, 30, 7).Run(chain, () => sweepsAtMeasurement.Add(chain.Sweeps));
        Assert.Equal([17L, 24, 31, 38], sweepsAtMeasurement);
        Assert.Equal(40, chain.Sweeps);
        Assert.Equal(1.0, acceptance); // β = 0 accepts every Metropolis proposal
        Assert.Equal(4, new RunProtocol(10, 30, 7).Measurements);
    }

    [Fact]
    public void Protocol_stops_when_cancelled()
    {
        var model = new IsingLattice(LatticeKind.Chain, 8);
        var chain = new MarkovChain(model.CreateState(new sbyte[8] { 1, 1, 1, 1, 1, 1, 1, 1 }), new Dynamics(UpdateRule.Glauber, 1), new Xoshiro256StarStar(1));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => new RunProtocol(0, 100).Run(chain, () => { }, cancellation.Token));
    }
}
