namespace SpinGlass.Runner.Bench;

/// <summary>A C yardstick invocation doing the same work as a kernel: the binary, its variant and its arguments.</summary>
/// <param name="Binary">The program name in the yardstick directory (<c>hopfield</c>, <c>ising</c>).</param>
/// <param name="Variant">The C variant, e.g. <c>overlap_avx512</c>.</param>
/// <param name="Arguments">The arguments after the variant.</param>
internal sealed record YardstickProgram(string Binary, string Variant, IReadOnlyList<string> Arguments)
{
    /// <summary>The command line as a person would type it in the yardstick directory.</summary>
    public string CommandLine => $"./{Binary} {Variant} {string.Join(' ', Arguments)}";
}
