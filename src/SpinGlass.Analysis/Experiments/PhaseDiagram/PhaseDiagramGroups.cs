using System.Collections.Concurrent;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.SpinGlasses;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// Points of the phase diagram sampled together, one run per group and trial (tempering ladders, vector lanes): the first
/// point of a group carries its cost and keys its streams; the others take their rows from the same run.
/// </summary>
internal abstract class PhaseDiagramGroups
{
    private readonly Dictionary<CapacityPoint, (int Lead, int Position, CapacityPoint[] Group)> _groupOf = [];
    private readonly ConcurrentDictionary<(int Lead, int Trial), Once<PhaseDiagramTrial[]>> _runs = new();

    /// <param name="definition">The experiment.</param>
    /// <param name="groups">Disjoint groups of its points, each in the order of its run's rows.</param>
    protected PhaseDiagramGroups(PhaseDiagramDefinition definition, IEnumerable<CapacityPoint[]> groups)
    {
        Definition = definition;
        foreach (var group in groups)
        {
            int lead = IndexOf(definition.Points, group[0]);
            for (int k = 0; k < group.Length; k++)
            {
                _groupOf[group[k]] = (lead, k, group);
            }
        }
    }

    protected PhaseDiagramDefinition Definition { get; }

    /// <summary>The scheduling cost of a trial: the whole group's at its first point, almost nothing at the others.</summary>
    public double Cost(CapacityPoint point, double single) =>
        _groupOf.TryGetValue(point, out var at) ? at.Position == 0 ? single * at.Group.Length : single * 1e-6 : single;

    /// <summary>The trial of <paramref name="point"/> from its group's run, or null for a point in no group.</summary>
    public PhaseDiagramTrial? Run(CapacityPoint point, TrialContext context)
    {
        if (!_groupOf.TryGetValue(point, out var at))
        {
            return null;
        }

        var run = _runs.GetOrAdd((at.Lead, context.Trial), _ => new Once<PhaseDiagramTrial[]>());
        var trials = run.GetOrCreate(() => Sample(at.Lead, at.Group, context));
        context.Record("sampler", Sampler(at.Group.Length));
        return trials[at.Position];
    }

    /// <summary>One run of a group in one trial: a row per point, streams keyed by <paramref name="lead"/>.</summary>
    protected abstract PhaseDiagramTrial[] Sample(int lead, CapacityPoint[] group, TrialContext context);

    /// <summary>The <c>sampler</c> engine recorded for a point of a group of <paramref name="size"/>.</summary>
    protected abstract string Sampler(int size);

    private static int IndexOf(IReadOnlyList<CapacityPoint> points, CapacityPoint point)
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
