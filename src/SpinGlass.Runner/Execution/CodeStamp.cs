using System.Reflection;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// What, besides the config, decides a run's numbers: the toolkit version (with its commit) and the engine family of
/// this machine (without AVX2 the lattice samplers fall back to kernels with other random streams; see
/// docs/architecture.md). Saved points carry it, so a rerun never mixes points computed by different code.
/// </summary>
internal static class CodeStamp
{
    /// <summary>The SpinGlass version with the git commit it was built from.</summary>
    public static string Version { get; } =
        typeof(CodeStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The engine family: whether the AVX2 lattice kernels can run.</summary>
    public static string EngineFamily { get; } = Avx2.IsSupported ? "x86-avx2" : "no-avx2";

    /// <summary>The stamp saved with every point: version and engine family.</summary>
    public static string Current { get; } = $"spinglass {Version}; {EngineFamily}";
}
