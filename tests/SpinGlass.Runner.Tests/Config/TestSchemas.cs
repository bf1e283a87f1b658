using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>Small schemas shaped like the real ones, and loading helpers.</summary>
internal static class TestSchemas
{
    public static readonly ExperimentSchema Ising = new(
        "ising",
        "Ising model on a lattice (test schema).",
        [
            ParameterSpec.Integer("model.L", "linear size") with { Min = 1, Sweepable = true },
            ParameterSpec.Choice("model.lattice", "lattice", "square", "chain", "square", "cubic"),
            ParameterSpec.Real("T", "temperature", 2.0) with { Min = 0, Sweepable = true },
            ParameterSpec.Real("beta", "inverse temperature") with { Min = 0, AllowInfinity = true, Sweepable = true },
            ParameterSpec.Choice("dynamics.rule", "update rule", "metropolis", "metropolis", "glauber", "zero-temperature")
                with { Sweepable = true },
            ParameterSpec.Integer("dynamics.thermalize", "thermalisation sweeps", 100) with { Min = 0 },
            ParameterSpec.Real("noise", "flip probability", 0.0) with { Min = 0, Max = 1, MaxExclusive = true },
            ParameterSpec.Boolean("record_series", "write the time series", false),
        ])
    {
        ExclusiveGroups = [["T", "beta"]],
        CrossCheck = config =>
            config.Values("dynamics.rule").Contains("zero-temperature") && config.HasValue("T")
                ? [("dynamics.rule", "zero-temperature needs beta: .inf instead of T")]
                : [],
    };

    public static readonly ExperimentSchema Capacity = new(
        "capacity",
        "Hopfield capacity (test schema).",
        [
            ParameterSpec.Integer("model.N", "neurons") with { Min = 1, Sweepable = true },
            ParameterSpec.Integer("trials", "patterns per point", 20) with { Min = 1 },
            ParameterSpec.Real("T", "temperature") with { Min = 0, Sweepable = true },
            ParameterSpec.Real("beta", "inverse temperature") with { Min = 0, AllowInfinity = true },
        ])
    {
        ExclusiveGroups = [["T", "beta"]],
    };

    public static readonly IReadOnlyDictionary<string, ExperimentSchema> All =
        new Dictionary<string, ExperimentSchema> { ["ising"] = Ising, ["capacity"] = Capacity };

    public static ConfigLoadResult Load(string yaml, params string[] sets) =>
        ConfigLoader.LoadText("test.yaml", yaml, sets, All);

    public static ResolvedConfig Resolve(string yaml, params string[] sets)
    {
        var result = Load(yaml, sets);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Config;
    }

    public static IReadOnlyList<string> Errors(string yaml, params string[] sets)
    {
        var result = Load(yaml, sets);
        Assert.False(result.IsSuccess, "expected errors");
        return [.. result.Errors.Select(e => e.ToString())];
    }
}
