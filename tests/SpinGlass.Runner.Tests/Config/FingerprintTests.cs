using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class FingerprintTests
{
    private const string Base = "experiment: ising\nseed: 7\nmodel: { L: [4, 8] }\nT: [1, 2]\n";

    [Fact]
    public void The_fingerprint_is_lower_case_sha256_hex()
    {
        Assert.Matches("^[0-9a-f]{64}$", Resolve(Base).Fingerprint);
    }

    [Fact]
    public void Formatting_key_order_explicit_defaults_and_the_name_do_not_change_the_fingerprint()
    {
        const string same = """
            T:
              - 1.0
              - 2
            model:
              lattice: square
              L: [4, 8]
            seed: 7
            experiment: ising
            dynamics: { thermalize: 100 }
            name: another-name
            """;

        Assert.Equal(Resolve(Base).Fingerprint, Resolve(same).Fingerprint);
        Assert.Equal(Resolve(Base).Fingerprint, Resolve(Base, "T={from: 1, to: 2, step: 1}").Fingerprint);
    }

    [Theory]
    [InlineData("seed=8")]
    [InlineData("trials=2")]
    [InlineData("T=[2, 1]")]
    [InlineData("model.L=[4, 8, 16]")]
    [InlineData("dynamics.rule=glauber")]
    [InlineData("noise=0.1")]
    [InlineData("record_series=true")]
    public void Anything_that_affects_results_changes_the_fingerprint(string set)
    {
        Assert.NotEqual(Resolve(Base).Fingerprint, Resolve(Base, set).Fingerprint);
    }

    [Fact]
    public void Temperature_and_beta_with_equal_values_have_different_fingerprints()
    {
        Assert.NotEqual(Resolve(Base, "T=1").Fingerprint, Resolve(Base, "beta=1").Fingerprint);
    }
}
