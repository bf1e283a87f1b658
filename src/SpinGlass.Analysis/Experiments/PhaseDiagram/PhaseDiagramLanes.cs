using System.Collections.Concurrent;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Lanes;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// <c>dynamics.lanes</c> of the phase diagram: the points of one (N, α), T = 0 included, run in groups of up to sixteen
/// temperatures as the lanes of one <see cref="HopfieldLanes"/> over one pattern set — each lane its own exact chain from
/// ξ¹ at its point's β, all lanes visiting the same random sites. The first point of a group carries its cost and draws
/// its streams (<c>patterns</c>, <c>lanes</c>); the others take their rows from the same run, as with tempering.
/// </summary>
/// <remarks>
/// Against independent runs per point this shares one pattern set between the temperatures of a trial (the trials stay
/// independent, so each point's mean and error are estimated as before) and correlates their chains through the sites.
/// </remarks>
internal sealed class PhaseDiagramLanes
{
    private readonly PhaseDiagramDefinition _definition;
    private readonly Dictionary<CapacityPoint, (int Lead, int Lane, CapacityPoint[] Group)> _groupOf = [];
    private readonly ConcurrentDictionary<(int Lead, int Trial), Once<PhaseDiagramTrial[]>> _runs = new();

    public PhaseDiagramLanes(PhaseDiagramDefinition definition)
    {
        if (!definition.Memory.IsPlainHebb || definition.Coding != NeuronCoding.Spin)
        {
            throw new ArgumentException("Lanes run plain Hebb networks of ±1 neurons.", nameof(definition));
        }

        _definition = definition;
        var points = definition.Points;
        foreach (var column in points.GroupBy(p => (p.N, p.P, p.Alpha)))
        {
            CapacityPoint[] ordered = [.. column.OrderBy(p => p.T)];
            foreach (var chunk in ordered.Chunk(HopfieldLanes.Lanes))
            {
                int lead = PhaseDiagramLadders.IndexOf(points, chunk[0]);
                for (int k = 0; k < chunk.Length; k++)
                {
                    _groupOf[chunk[k]] = (lead, k, chunk);
                }
            }
        }
    }

    /// <summary>The scheduling cost of a trial: the whole group's at its first point, almost nothing at the others.</summary>
    public double Cost(CapacityPoint point, double single)
    {
        var at = _groupOf[point];
        return at.Lane == 0 ? single * at.Group.Length : single * 1e-6;
    }

    /// <summary>The trial of <paramref name="point"/> from its group's run.</summary>
    public PhaseDiagramTrial Run(CapacityPoint point, TrialContext context)
    {
        var at = _groupOf[point];
        var run = _runs.GetOrAdd((at.Lead, context.Trial), _ => new Once<PhaseDiagramTrial[]>());
        var trials = run.GetOrCreate(() => Sample(at.Lead, at.Group, context));
        context.Record("sampler", $"HopfieldLanes ({at.Group.Length} temperatures in {HopfieldLanes.Lanes} lanes)");
        return trials[at.Lane];
    }

    private PhaseDiagramTrial[] Sample(int lead, CapacityPoint[] group, TrialContext context)
    {
        int n = group[0].N, k = group.Length;
        var patterns = PatternSet.Random(n, group[0].P, context.StreamAt(lead, "patterns"), _definition.Memory.PatternBias);
        context.Record("patterns", patterns.Engine);

        // lanes beyond the group repeat its last temperature; their rows are not read
        double[] betas = [.. Enumerable.Range(0, HopfieldLanes.Lanes).Select(l => group[Math.Min(l, k - 1)].Beta)];
        var lanes = new HopfieldLanes(patterns, _definition.Dynamics.Rule, betas, patterns.Pattern(0), context.StreamAt(lead, "lanes"));
        context.Record("lanes", lanes.Width);
        for (int sweep = 0; sweep < _definition.Dynamics.Thermalize; sweep++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            lanes.Sweep();
        }

        var overlap = new double[k];
        var energy = new double[k];
        for (int sweep = 0; sweep < _definition.Dynamics.Measure; sweep++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            lanes.Sweep();
            for (int l = 0; l < k; l++)
            {
                overlap[l] += lanes.Overlap(l, 0) / (double)n;
                energy[l] += lanes.Energy(l) / n;
            }
        }

        double measurements = _definition.Dynamics.Measure;
        return [.. Enumerable.Range(0, k).Select(l => new PhaseDiagramTrial(overlap[l] / measurements, energy[l] / measurements))];
    }
}
