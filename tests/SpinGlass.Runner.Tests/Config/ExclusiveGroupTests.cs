using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class ExclusiveGroupTests
{
    [Fact]
    public void Giving_both_temperature_and_beta_is_an_error_at_the_second()
    {
        Assert.Equal(
            ["test.yaml:4:1: beta: give either T or beta, not both (T is given at line 3)"],
            Errors("experiment: ising\nmodel: { L: 4 }\nT: 1\nbeta: 2\n"));
    }

    [Fact]
    public void Giving_neither_uses_the_default_of_the_first()
    {
        var config = Resolve("experiment: ising\nmodel: { L: 4 }\n");

        Assert.Equal(2.0, config.GetReal("T"));
        Assert.False(config.IsGiven("T"));
        Assert.False(config.HasValue("beta"));
    }

    [Fact]
    public void Giving_neither_without_a_default_is_an_error()
    {
        Assert.Equal(["test.yaml:1:1: T: missing; give one of T, beta"], Errors("experiment: capacity\nmodel: { N: 10 }\n"));
    }

    [Fact]
    public void Giving_only_beta_leaves_the_temperature_without_a_value()
    {
        var config = Resolve("experiment: capacity\nmodel: { N: 10 }\nbeta: 4\n");

        Assert.Equal(4.0, config.GetReal("beta"));
        Assert.False(config.HasValue("T"));
        Assert.Throws<KeyNotFoundException>(() => config.GetReal("T"));
    }
}
