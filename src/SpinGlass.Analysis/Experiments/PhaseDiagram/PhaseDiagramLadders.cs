using SpinGlass.Models.Capabilities;
using System.Collections.Concurrent;
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
internal sealed class PhaseDiagramLadders
{
    private readonly PhaseDiagramDefinition _definition;
    private readonly Dictionary<CapacityPoint, (int Lead, int Position, CapacityPoint[] Ladder)> _ladderOf = [];
    private readonly ConcurrentDictionary<(int Lead, int Trial), Once<PhaseDiagramTrial[]>> _runs = new();

    public PhaseDiagramLadders(PhaseDiagramDefinition definition)
    {
        _definition = definition;
        var points = definition.Points;
        foreach (var group in points.Where(p => double.IsFinite(p.Beta)).GroupBy(p => (p.N, p.P, p.Alpha)))
        {
            CapacityPoint[] ladder = [.. group.OrderBy(p => p.T)];
            if (ladder.Select(p => p.T).Distinct().Count() != ladder.Length)
            {
                throw new ArgumentException("A tempering ladder needs distinct temperatures at every (N, α).", nameof(definition));
            }

            int lead = IndexOf(points, ladder[0]);
            for (int k = 0; k < ladder.Length; k++)
            {
                _ladderOf[ladder[k]] = (lead, k, ladder);
            }
        }
    }

    /// <summary>The scheduling cost of a trial: the whole ladder's at its coldest point, almost nothing at the others.</summary>
    public double Cost(CapacityPoint point, double single) =>
        _ladderOf.TryGetValue(point, out var at) ? at.Position == 0 ? single * at.Ladder.Length : single * 1e-6 : single;

    /// <summary>The trial of <paramref name="point"/> from its ladder's run, or null for a T = 0 point.</summary>
    public PhaseDiagramTrial? Run(CapacityPoint point, TrialContext context)
    {
        if (!_ladderOf.TryGetValue(point, out var at))
        {
            return null;
        }

        var run = _runs.GetOrAdd((at.Lead, context.Trial), _ => new Once<PhaseDiagramTrial[]>());
        var trials = run.GetOrCreate(() => Sample(at.Lead, at.Ladder, context));
        context.Record("sampler", $"parallel tempering ({at.Ladder.Length} temperatures)");
        return trials[at.Position];
    }

    private PhaseDiagramTrial[] Sample(int lead, CapacityPoint[] ladder, TrialContext context)
    {
        int k = ladder.Length, n = ladder[0].N;
        var patterns = PatternSet.Random(n, ladder[0].P, context.StreamAt(lead, "patterns"), _definition.Memory.PatternBias);
        context.Record("patterns", patterns.Engine);
        var network = _definition.Memory.Build(patterns, _definition.Coding, context);
        var walkers = new IEnergyState[k];
        for (int w = 0; w < k; w++)
        {
            walkers[w] = network.CreateState(patterns.Pattern(0));
        }

        var tempering = new ParallelTempering(
            walkers, [.. ladder.Select(p => p.Beta)], _definition.Dynamics.Rule,
            [.. Enumerable.Range(0, k).Select(w => context.StreamAt(lead, $"walker {w}"))], context.StreamAt(lead, "exchange"));
        var overlap = new double[k];
        var energy = new double[k];
        new TemperingProtocol(_definition.Dynamics.Thermalize, _definition.Dynamics.Measure).Run([tempering], () =>
        {
            for (int t = 0; t < k; t++)
            {
                var state = walkers[tempering.WalkerAt(t)];
                overlap[t] += ((IPatternOverlaps)state).Overlaps[0] / (double)n;
                energy[t] += state.Energy / n;
            }
        }, context.Cancellation);
        double measurements = _definition.Dynamics.Measure;
        return [.. Enumerable.Range(0, k).Select(t => new PhaseDiagramTrial(overlap[t] / measurements, energy[t] / measurements))];
    }

    /// <summary>The index of <paramref name="point"/> (by reference) in the definition's points: a group's stream key.</summary>
    internal static int IndexOf(IReadOnlyList<CapacityPoint> points, CapacityPoint point)
    {
        for (int i = 0; i < points.Count; i++)
        {
            if (ReferenceEquals(points[i], point))
            {
                return i;
            }
        }

        throw new ArgumentException("The point is not in the definition.", nameof(point));
    }
}
