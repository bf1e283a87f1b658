using static SpinGlass.Analysis.Experiments.Spiking.SpikingExperiment;

namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>The extra tables of the <c>spiking</c> experiment, from the first trial of each point.</summary>
public static class SpikingTables
{
    /// <summary>
    /// <c>raster.csv</c>: every spike of the run's first trial (the first point's; time, neuron and its row sorted by pattern
    /// membership). One raster keeps the file small: a point far above capacity fires tens of thousands of spikes.
    /// </summary>
    public static ResultTable Raster(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(RasterColumns);
        foreach (var p in points.Take(1))
        {
            var raster = p.Payload(SpikingExperiment.Raster);
            for (int k = 0; k < raster.Times.Length; k++)
            {
                table.Add((int)p[N], (int)p[P], p[Alpha], p[Noise], raster.Times[k], raster.Neurons[k], raster.Rows[k]);
            }
        }

        return table;
    }

    /// <summary><c>overlaps.csv</c>: the windowed overlaps m_μ(t) of each point's first trial (μ = 1 is the cued pattern).</summary>
    public static ResultTable Overlaps(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(OverlapColumns);
        foreach (var p in points)
        {
            foreach (var row in p.Payload(Trace))
            {
                for (int mu = 1; mu < row.Length; mu++)
                {
                    table.Add((int)p[N], (int)p[P], p[Alpha], p[Noise], row[0], mu, row[mu]);
                }
            }
        }

        return table;
    }
}
