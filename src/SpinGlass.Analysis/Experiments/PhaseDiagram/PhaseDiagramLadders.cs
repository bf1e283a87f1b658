using SpinGlass.Models.Capabilities;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// <c>dynamics.tempering</c> of the phase diagram: the T &gt; 0 points of one (N, α) are one parallel-tempering ladder over
/// one pattern set, every walker started at ξ¹ and exchanges after every sweep. The coldest point of a ladder carries its
/// cost and draws its streams (<c>patterns</c>, <c>walker W</c>, <c>exchange</c>); the others take their rows from the
/// same run, as in the <c>spin-glass</c> experiment. T = 0 points run as without tempering.
/// </summary>
internal sealed class PhaseDiagramLadders(PhaseDiagramDefinition definition) : PhaseDiagramGroups(definition, Ladders(definition))
{
    /// <inheritdoc />
    protected override string Sampler(int size) => $"parallel tempering ({size} temperatures)";

    // the T > 0 points of every (N, α), coldest first
    private static IEnumerable<CapacityPoint[]> Ladders(PhaseDiagramDefinition definition)
    {
        foreach (var group in definition.Points.Where(p => double.IsFinite(p.Beta)).GroupBy(p => (p.N, p.P, p.Alpha)))
        {
            CapacityPoint[] ladder = [.. group.OrderBy(p => p.T)];
            if (ladder.Select(p => p.T).Distinct().Count() != ladder.Length)
            {
                throw new ArgumentException("A tempering ladder needs distinct temperatures at every (N, α).", nameof(definition));
            }

            yield return ladder;
        }
    }

    /// <inheritdoc />
    protected override PhaseDiagramTrial[] Sample(int lead, CapacityPoint[] ladder, TrialContext context)
    {
        int k = ladder.Length, n = ladder[0].N;
        var patterns = PatternSet.Random(n, ladder[0].P, context.StreamAt(lead, "patterns"), Definition.Memory.PatternBias);
        context.Record("patterns", patterns.Engine);
        var network = Definition.Memory.Build(patterns, Definition.Coding, context);
        var walkers = new IEnergyState[k];
        for (int w = 0; w < k; w++)
        {
            walkers[w] = network.CreateState(patterns.Pattern(0));
        }

        var tempering = new ParallelTempering(
            walkers, [.. ladder.Select(p => p.Beta)], Definition.Dynamics.Rule,
            [.. Enumerable.Range(0, k).Select(w => context.StreamAt(lead, $"walker {w}"))], context.StreamAt(lead, "exchange"));
        var overlap = new double[k];
        var energy = new double[k];
        new TemperingProtocol(Definition.Dynamics.Thermalize, Definition.Dynamics.Measure).Run([tempering], () =>
        {
            for (int t = 0; t < k; t++)
            {
                var state = walkers[tempering.WalkerAt(t)];
                overlap[t] += ((IPatternOverlaps)state).Overlaps[0] / (double)n;
                energy[t] += state.Energy / n;
            }
        }, context.Cancellation);
        double measurements = Definition.Dynamics.Measure;
        return [.. Enumerable.Range(0, k).Select(t => new PhaseDiagramTrial(overlap[t] / measurements, energy[t] / measurements))];
    }
}
