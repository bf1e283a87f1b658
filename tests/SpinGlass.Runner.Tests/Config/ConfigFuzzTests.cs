using System.Diagnostics;
using CsCheck;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Tests.Cli;
using Xunit.Abstractions;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>
/// Thousands of mutated configs (<see cref="ConfigMutations"/>) through load and validation: each must end in a
/// resolved config or in positioned one-line errors, never in an exception.
/// </summary>
/// <remarks>
/// Deterministic: case k is generated from CsCheck's PCG with a fixed stream and seed + k, so every run tries the same
/// cases; a failure names the case's CsCheck seed, and is then shrunk by CsCheck from that seed.
/// <para>Its power: about one case in sixteen nests lists or mappings 100,000 deep (<see cref="ConfigMutations.Depth"/>).
/// With the depth limit of <c>YamlShape</c> disabled, the first such case overflows the stack in YamlDotNet's
/// representation model and ends the test host (rc 134, "Stack overflow", as before the limit): this was checked
/// once by setting <c>YamlShape.MaxDepth</c> to <c>int.MaxValue</c> and running this test in its own process.</para>
/// </remarks>
public sealed class ConfigFuzzTests(ITestOutputHelper output)
{
    // a few seconds; SPINGLASS_FUZZ_CASES=100000 runs more of the same sequence
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("SPINGLASS_FUZZ_CASES"), out int cases) ? cases : 3000;
    private const uint Stream = 11;
    private const ulong Seed = 20_251_111;

    [Fact]
    public void Mutated_shipped_configs_resolve_or_give_positioned_errors_and_never_throw()
    {
        var seeds = ShippedConfigs();
        var generator = ConfigMutations.Of(seeds);
        var clock = Stopwatch.StartNew();
        int resolved = 0, deep = 0;
        for (int k = 0; k < Cases; k++)
        {
            var pcg = new PCG(Stream, Seed + (ulong)k);
            string seed = pcg.ToString();
            var input = generator.Generate(pcg, null, out _);
            deep += input.Sets.Append(input.Text).Any(ConfigMutations.IsDeep) ? 1 : 0;
            try
            {
                resolved += Check(input) ? 1 : 0;
            }
            catch (Exception exception)
            {
                output.WriteLine($"case {k} (CsCheck seed {seed}) failed: {exception.GetType().Name}: {exception.Message}; shrinking");
                generator.Sample(i => { Check(i); }, seed: seed, iter: 1, threads: 1, writeLine: output.WriteLine);
                throw;
            }
        }

        output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:F1} s: {resolved} resolved, {Cases - resolved} refused; {deep} nested more than 64 levels");
        Assert.InRange(resolved, 1, Cases - 1);
        Assert.InRange(deep, Cases / 40, Cases / 2);
    }

    [Fact]
    public void The_generator_nests_deep_often_enough_to_reach_a_stack_overflow_without_the_limit()
    {
        var depths = Enumerable.Range(0, 1000).Select(k => ConfigMutations.Depth.Generate(new PCG(Stream, Seed + (ulong)k), null, out _)).ToList();

        Assert.InRange(depths.Count(d => d == 100_000), 60, 200);
        Assert.InRange(depths.Count(d => d is > 64 and < 70), 30, 300);
    }

    /// <summary>Loads and validates one case; whether it resolved. Throws on any broken promise.</summary>
    private static bool Check((string Path, string Text, string[] Sets) input)
    {
        var result = ConfigLoader.LoadText(input.Path, input.Text, input.Sets, ExperimentCatalog.Schemas);
        if (result.IsSuccess)
        {
            Assert.Empty(result.Errors);
            Assert.True(result.Config.PointCount is >= 1 and <= ConfigLoader.MaxPoints);
            return true;
        }

        Assert.NotEmpty(result.Errors);
        foreach (var error in result.Errors)
        {
            Assert.True(error.File == input.Path || error.File == ConfigError.SetSource, $"error in an unknown file: {error}");
            Assert.True(error.Line >= 1 && error.Column >= 1, $"error without a position: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Message), $"error without a message: {error}");
            Assert.False(error.KeyPath.Any(char.IsControl) || error.Message.Any(char.IsControl), $"error of more than one line: {error}");
        }

        return false;
    }

    private static List<(string Path, string Text)> ShippedConfigs() =>
        [.. Directory.EnumerateFiles(Path.Combine(CliHarness.RepositoryRoot, "configs"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))];
}
