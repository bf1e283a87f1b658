using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class SweepTests
{
    [Fact]
    public void Points_are_the_cartesian_product_with_the_first_declared_parameter_outermost()
    {
        // T comes first in the file, but model.L is declared first in the schema.
        var config = Resolve("""
            experiment: ising
            T: [1, 2, 3]
            model: { L: [4, 8] }
            """);

        var points = config.Points.Select(p => (p.Index, p.Int("model.L"), p.Real("T"))).ToList();
        Assert.Equal(
            [(0, 4L, 1.0), (1, 4L, 2.0), (2, 4L, 3.0), (3, 8L, 1.0), (4, 8L, 2.0), (5, 8L, 3.0)],
            points);
    }

    [Fact]
    public void Axes_list_every_sweepable_parameter_with_a_value_in_declaration_order()
    {
        var config = Resolve("experiment: ising\nmodel: { L: [4, 8] }\nT: 1\n");

        Assert.Equal(["model.L", "T", "dynamics.rule"], config.Axes.Select(a => a.Path));
        Assert.Equal([true, false, false], config.Axes.Select(a => a.IsVarying));
        Assert.Equal(2L, config.PointCount);
    }

    [Fact]
    public void A_point_gives_swept_and_fixed_values_alike()
    {
        var point = Resolve("experiment: ising\nmodel: { L: [4, 8] }\nT: [0.5, 1]\n").Points[3];

        Assert.Equal(8L, point.Int("model.L"));
        Assert.Equal(1.0, point.Real("T"));
        Assert.Equal(8.0, point.Real("model.L"));
        Assert.Equal("square", point.Text("model.lattice"));
        Assert.False(point.Bool("record_series"));
        Assert.Equal("model.L=8 T=1", point.ToString());
        Assert.Equal([new("model.L", 8L), new("T", 1.0), new KeyValuePair<string, object>("dynamics.rule", "metropolis")], point.Coordinates);
        Assert.Throws<InvalidOperationException>(() => point.Int("T"));
        Assert.Throws<KeyNotFoundException>(() => point.Value("beta"));
    }

    [Fact]
    public void A_range_has_no_floating_drift()
    {
        var values = Resolve("experiment: ising\nmodel: { L: 4 }\nT: { from: 1.5, to: 3.5, step: 0.1 }\n")
            .Values("T").Cast<double>().ToList();

        Assert.Equal(21, values.Count);
        Assert.Equal(1.7, values[2]);
        Assert.Equal(3.5, values[^1]);
        Assert.Equal(Enumerable.Range(15, 21).Select(k => k / 10.0), values);
    }

    [Fact]
    public void A_range_of_tenths_from_zero_prints_as_written()
    {
        var values = Resolve("experiment: ising\nmodel: { L: 4 }\nT: { from: 0, to: 1, step: 0.1 }\n").Values("T");

        Assert.Equal(11, values.Count);
        Assert.Equal("0.3", ((double)values[3]).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_range_includes_its_end_only_when_the_end_is_on_the_grid()
    {
        Assert.Equal([1L, 3L, 5L], Resolve("experiment: ising\nmodel: { L: { from: 1, to: 6, step: 2 } }\n").Values("model.L"));
        Assert.Equal([2.0], Resolve("experiment: ising\nmodel: { L: 4 }\nT: { from: 2, to: 2, step: 1 }\n").Values("T"));
    }
}
