using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Models;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Tests.Cli;
using SpinGlass.Runner.Experiments;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The ising config's site orders: permutation is accepted, and the shipped 3D config binds to cubic checkerboard sweeps.</summary>
public sealed class IsingOrderConfigTests
{
    [Theory]
    [InlineData("permutation", SiteOrder.Permutation)]
    [InlineData("checkerboard", SiteOrder.Checkerboard)]
    [InlineData("sequential", SiteOrder.Sequential)]
    public void Every_single_spin_site_order_is_accepted(string word, SiteOrder order)
    {
        var result = ConfigLoader.LoadText(
            "test.yaml", $"experiment: ising\nmodel: {{ lattice: cubic, L: 4 }}\nT: 4.5\ndynamics: {{ order: {word}, measure: 1000 }}\n", [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal(order, ((IsingExperiment)ExperimentCatalog.Get("ising").Build(result.Config)).Definition.Order);
    }

    [Fact]
    public void The_3D_config_scans_several_sizes_across_the_critical_temperature_in_checkerboard_order()
    {
        string path = Path.Combine(CliHarness.RepositoryRoot, "configs", "ising-3d.yaml");
        var result = ConfigLoader.LoadText(path, File.ReadAllText(path), [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var definition = ((IsingExperiment)ExperimentCatalog.Get("ising").Build(result.Config)).Definition;
        Assert.Equal(LatticeKind.Cubic, definition.Lattice);
        Assert.Equal(SiteOrder.Checkerboard, definition.Order);
        Assert.True(definition.Points.Select(p => p.L).Distinct().Count() >= 3);
        Assert.InRange(4.5115, definition.Points.Min(p => p.T), definition.Points.Max(p => p.T));
    }
}
