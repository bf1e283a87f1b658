using SpinGlass.Analysis.Experiments.Capacity;
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
internal sealed class PhaseDiagramLanes(PhaseDiagramDefinition definition) : PhaseDiagramGroups(Checked(definition), Groups(definition))
{
    /// <inheritdoc />
    protected override string Sampler(int size) => $"HopfieldLanes ({size} temperatures in {HopfieldLanes.Lanes} lanes)";

    private static PhaseDiagramDefinition Checked(PhaseDiagramDefinition definition) =>
        definition.Memory.IsPlainHebb && definition.Coding == NeuronCoding.Spin
            ? definition
            : throw new ArgumentException("Lanes run plain Hebb networks of ±1 neurons.", nameof(definition));

    // every (N, α) column, T = 0 included, in chunks of sixteen temperatures
    private static IEnumerable<CapacityPoint[]> Groups(PhaseDiagramDefinition definition) =>
        definition.Points.GroupBy(p => (p.N, p.P, p.Alpha)).SelectMany(column => column.OrderBy(p => p.T).Chunk(HopfieldLanes.Lanes));

    /// <inheritdoc />
    protected override PhaseDiagramTrial[] Sample(int lead, CapacityPoint[] group, TrialContext context)
    {
        int n = group[0].N, k = group.Length;
        var patterns = PatternSet.Random(n, group[0].P, context.StreamAt(lead, "patterns"), Definition.Memory.PatternBias);
        context.Record("patterns", patterns.Engine);

        // lanes beyond the group repeat its last temperature; their rows are not read
        double[] betas = [.. Enumerable.Range(0, HopfieldLanes.Lanes).Select(l => group[Math.Min(l, k - 1)].Beta)];
        var lanes = new HopfieldLanes(patterns, Definition.Dynamics.Rule, betas, patterns.Pattern(0), context.StreamAt(lead, "lanes"));
        context.Record("lanes", lanes.Width);
        for (int sweep = 0; sweep < Definition.Dynamics.Thermalize; sweep++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            lanes.Sweep();
        }

        var overlap = new double[k];
        var energy = new double[k];
        for (int sweep = 0; sweep < Definition.Dynamics.Measure; sweep++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            lanes.Sweep();
            for (int l = 0; l < k; l++)
            {
                overlap[l] += lanes.Overlap(l, 0) / (double)n;
                energy[l] += lanes.Energy(l) / n;
            }
        }

        double measurements = Definition.Dynamics.Measure;
        return [.. Enumerable.Range(0, k).Select(l => new PhaseDiagramTrial(overlap[l] / measurements, energy[l] / measurements))];
    }
}
