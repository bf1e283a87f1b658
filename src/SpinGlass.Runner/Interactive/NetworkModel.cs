using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Modern;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A <see cref="NetworkFile"/> built into the existing models: a classical network as its rule builds it
/// (<see cref="HopfieldLearning.Build"/>: the integer <see cref="HopfieldNetwork"/> for plain Hebb, else a
/// <see cref="LearnedNetwork"/>) or, given by couplings, a <see cref="CouplingMatrixModel"/>; a
/// <see cref="DenseAssociativeMemory"/> (each an <see cref="IEnergyModel"/>, relaxed by the Markov chain) or a
/// <see cref="ModernHopfieldNetwork"/>.
/// </summary>
public sealed class NetworkModel
{
    private NetworkModel(NetworkFile file, PatternSet patterns, IEnergyModel? energyModel, ModernHopfieldNetwork? modern)
    {
        File = file;
        Patterns = patterns;
        EnergyModel = energyModel;
        Modern = modern;
    }

    /// <summary>The file it was built from.</summary>
    public NetworkFile File { get; }

    /// <summary>The stored patterns.</summary>
    public PatternSet Patterns { get; }

    /// <summary>The classical or dense model, or null for a modern network.</summary>
    public IEnergyModel? EnergyModel { get; }

    /// <summary>The modern network, or null.</summary>
    public ModernHopfieldNetwork? Modern { get; }

    /// <summary>The number of neurons (the dimension d of a modern network).</summary>
    public int N => Patterns.N;

    /// <summary>The number of stored patterns (0 for a network given by its couplings).</summary>
    public int P => Patterns.P;

    /// <summary>
    /// The cost of one sweep in multiply-adds, for work limits: N·p where fields come from the pattern overlaps, N² where
    /// they come from an explicit matrix (given couplings, Storkey's rule).
    /// </summary>
    public long WorkPerSweep => EnergyModel is CouplingMatrixModel || (EnergyModel is LearnedNetwork { Path: CouplingPath.Matrix })
        ? (long)N * N
        : (long)N * Math.Max(P, 1);

    /// <summary>The name of each stored pattern's overlap column: <c>m_</c> and its <see cref="PatternNames">name</see>.</summary>
    public IReadOnlyList<string> OverlapNames => [.. PatternNames.Select(name => $"m_{name}")];

    /// <summary>The name of each stored pattern: its letter, its name in the file, else 1 … p.</summary>
    public IReadOnlyList<string> PatternNames => File.Letters is { } letters
        ? [.. letters.Select(c => c.ToString())]
        : File.Names ?? [.. Enumerable.Range(1, P).Select(mu => mu.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Builds the model; a parameter the model refuses throws its <see cref="ArgumentException"/>.</summary>
    public static NetworkModel Build(NetworkFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        int n = file.N;
        if (file.Couplings is { } couplings)
        {
            return new NetworkModel(file, new PatternSet(n, []), couplings.Build(), null);
        }

        var flat = new sbyte[n * file.Patterns.Count];
        for (int mu = 0; mu < file.Patterns.Count; mu++)
        {
            file.Patterns[mu].CopyTo(flat, mu * n);
        }

        var patterns = new PatternSet(n, flat);
        return file.Kind switch
        {
            NetworkKind.Classical => new NetworkModel(file, patterns, (file.Learning ?? HopfieldLearning.Hebb).Build(patterns, file.Neurons), null),
            NetworkKind.Dense => new NetworkModel(file, patterns, new DenseAssociativeMemory(patterns, file.Interaction, file.Power, file.Interaction == Interaction.Exponential ? file.Beta : 1), null),
            _ => new NetworkModel(file, patterns, null, new ModernHopfieldNetwork([.. flat.Select(s => (double)s)], n, file.Beta)),
        };
    }

    /// <summary>The overlaps <c>m_μ = ξ^μ·s / N</c> with every stored pattern.</summary>
    public double[] Overlaps(ReadOnlySpan<sbyte> spins)
    {
        var m = new double[P];
        for (int mu = 0; mu < P; mu++)
        {
            m[mu] = (double)Patterns.Overlap(mu, spins) / N;
        }

        return m;
    }

    /// <summary>The overlaps <c>m_μ = ξ^μ·x / d</c> of a real state with every stored pattern.</summary>
    public double[] Overlaps(ReadOnlySpan<double> values)
    {
        var m = new double[P];
        var pattern = new sbyte[N];
        for (int mu = 0; mu < P; mu++)
        {
            Patterns.CopyPattern(mu, pattern);
            double dot = 0;
            for (int i = 0; i < N; i++)
            {
                dot += pattern[i] * values[i];
            }

            m[mu] = dot / N;
        }

        return m;
    }
}
