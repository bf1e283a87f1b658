using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.SpinGlasses;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>The kinds of energy model the spin-glass experiments take (<c>model.kind</c>).</summary>
internal enum EnergyModelKind
{
    /// <summary>A couplings file.</summary>
    Couplings,

    /// <summary>Sherrington–Kirkpatrick instances.</summary>
    Sk,

    /// <summary>Edwards–Anderson instances on a periodic lattice.</summary>
    Ea,

    /// <summary>A Hopfield network (random patterns, or the patterns of a network.json).</summary>
    Hopfield,
}

/// <summary>The distribution of generated bonds (<c>model.bonds</c>).</summary>
internal enum BondDistribution
{
    /// <summary>Gaussian bonds.</summary>
    Gaussian,

    /// <summary>±1 bonds (±1/√N for SK).</summary>
    Pm1,
}

/// <summary>
/// The <c>model</c> section of the spin-glass experiments (<c>exact</c>, <c>spin-glass</c>, <c>anneal</c>;
/// docs/spin-glasses.md): a couplings file, a generated SK or Edwards–Anderson instance (disorder drawn from each trial's
/// own stream), or a Hopfield network with random or given patterns, bound to a <see cref="ModelSource"/> per point.
/// </summary>
internal static class EnergyModelKeys
{
    private static readonly ParsedConfigFile<BondList> CouplingsFiles = new("couplings", "a couplings file is one line per bond", CouplingsFile.Parse);

    public static ConfigKey<EnergyModelKind> Kind { get; } = Key.Choice<EnergyModelKind>(
        "model.kind",
        "couplings (model.couplings: a file of bonds), sk (Sherrington–Kirkpatrick: N spins, all pairs, J_ij of variance 1/N), ea (Edwards–Anderson: an L^dim periodic lattice, nearest-neighbour bonds) or hopfield (model.network: a network.json, or N neurons and p random patterns). The default is couplings when model.couplings is given, hopfield when model.network is, else sk.",
        EnergyModelKind.Sk);

    public static ConfigKey<string> Couplings { get; } = Key.Text(
        "model.couplings",
        "A couplings file, relative to the config: lines `i j J_ij` (0-based sites, each pair once), `h i h_i` (fields), optionally `n N`, # comments; E = −Σ_{i<j} J_ij s_i s_j − Σ_i h_i s_i (docs/spin-glasses.md).")
        .With(spec => spec with { Optional = true, NamesFile = true });

    public static ConfigKey<string> Network { get; } = Key.Text(
        "model.network",
        "kind hopfield: a network.json (kind classical, spin neurons; docs/lab.md) whose patterns are stored. Or give N and p for random patterns.")
        .With(spec => spec with { Optional = true, NamesFile = true });

    public static ConfigKey<int> N { get; } = Key.Int("model.N", "Spins N (sk; hopfield with random patterns). The default is 16.", 16, min: 2, max: 1 << 20, sweepable: true);

    public static ConfigKey<int> P { get; } = Key.Int("model.p", "Random patterns p (hopfield). The default is 3.", 3, min: 1, max: 1 << 16, sweepable: true);

    public static ConfigKey<int> Dimension { get; } = Key.Int("model.dim", "Lattice dimension of ea: 2 or 3. The default is 3.", 3, min: 2, max: 3);

    public static ConfigKey<int> L { get; } = Key.Int("model.L", "Linear size of ea, periodic (N = L^dim); at least 3. The default is 4.", 4, min: 3, max: 1024, sweepable: true);

    public static ConfigKey<BondDistribution> Bonds { get; } = Key.Choice<BondDistribution>(
        "model.bonds", "Generated bonds (sk, ea): gaussian or pm1 (±1; ±1/√N for sk). The default is gaussian.", BondDistribution.Gaussian);

    /// <summary>The keys of the section.</summary>
    public static IReadOnlyList<ConfigKey> All { get; } = [Kind, Couplings, Network, N, P, Dimension, L, Bonds];

    /// <summary>The kind a config asks for: <c>model.kind</c>, else what the given keys imply.</summary>
    public static EnergyModelKind KindOf(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.IsGiven(Kind) ? config.Get(Kind)
            : config.Has(Couplings) ? EnergyModelKind.Couplings
            : config.Has(Network) ? EnergyModelKind.Hopfield
            : EnergyModelKind.Sk;
    }

    /// <summary>The model of one point.</summary>
    public static ModelSource Bind(ResolvedConfig config, SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(point);
        bool gaussian = config.Get(Bonds) == BondDistribution.Gaussian;
        switch (KindOf(config))
        {
            case EnergyModelKind.Couplings:
                string relative = config.Get(Couplings);
                return ModelSources.Couplings(CouplingsFiles.Read(config, relative, out var problem) ?? throw new InvalidOperationException($"The couplings file changed after the config was checked: {problem}."), relative);
            case EnergyModelKind.Ea:
                return ModelSources.EdwardsAnderson(config.Get(Dimension), point.Get(L), gaussian);
            case EnergyModelKind.Hopfield:
                if (config.Has(Network))
                {
                    var file = NetworkFile.Load(ConfigPaths.Resolve(config.SourcePath, config.Get(Network)));
                    return ModelSources.Hopfield(Patterns(file), config.Get(Network), file.Learning);
                }

                return ModelSources.RandomHopfield(point.Get(N), point.Get(P));
            default:
                return ModelSources.SherringtonKirkpatrick(point.Get(N), gaussian);
        }
    }

    /// <summary>The sizes N of every point's model, without building any (for size limits and memory estimates).</summary>
    public static IEnumerable<int> Sizes(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return KindOf(config) switch
        {
            EnergyModelKind.Couplings => CouplingsFiles.Read(config, config.Get(Couplings), out _) is { } bonds ? [bonds.N] : [],
            EnergyModelKind.Ea => config.Values(L).Select(l => (int)Math.Min(int.MaxValue, Math.Pow(l, config.Get(Dimension)))),
            EnergyModelKind.Hopfield when config.Has(Network) => ReadNetwork(config, out _) is { } network ? [network.N] : [],
            _ => config.Values(N),
        };
    }

    /// <summary>
    /// The config-level problems of the section: keys of another kind, a missing or unreadable file, a network file that is
    /// not a classical network. Problems inside a couplings file are <see cref="CheckFile"/>'s.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var kind = KindOf(config);
        string word = ConfigWords.Of(kind);
        var owners = new (ConfigKey Key, EnergyModelKind[] Kinds)[]
        {
            (Couplings, [EnergyModelKind.Couplings]),
            (Network, [EnergyModelKind.Hopfield]),
            (N, [EnergyModelKind.Sk, EnergyModelKind.Hopfield]),
            (P, [EnergyModelKind.Hopfield]),
            (Dimension, [EnergyModelKind.Ea]),
            (L, [EnergyModelKind.Ea]),
            (Bonds, [EnergyModelKind.Sk, EnergyModelKind.Ea]),
        };
        foreach (var (key, kinds) in owners)
        {
            if (config.IsGiven(key) && !kinds.Contains(kind))
            {
                yield return (key.Path, $"belongs to model.kind {string.Join(" or ", kinds.Select(k => ConfigWords.Of(k)))}, not {word}");
            }
        }

        if (kind == EnergyModelKind.Couplings && !config.Has(Couplings))
        {
            yield return (Kind.Path, "kind couplings needs model.couplings: the file of bonds");
        }
        else if (kind == EnergyModelKind.Couplings && CouplingsFiles.Unreadable(config, config.Get(Couplings)) is { } unreadable)
        {
            yield return (Couplings.Path, unreadable);
        }

        if (kind == EnergyModelKind.Hopfield && config.Has(Network))
        {
            if (config.IsGiven(N) || config.IsGiven(P))
            {
                yield return (Network.Path, "give either model.network or model.N and model.p (random patterns), not both");
            }

            if (ReadNetwork(config, out var problem) is null)
            {
                yield return (Network.Path, problem!);
            }
        }
    }

    /// <summary>The problems inside a couplings file, each at its line and column in that file.</summary>
    public static IEnumerable<ConfigError> CheckFile(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return KindOf(config) == EnergyModelKind.Couplings && config.Has(Couplings) ? CouplingsFiles.Check(config, config.Get(Couplings)) : [];
    }

    private static NetworkFile? ReadNetwork(ResolvedConfig config, out string? problem)
    {
        problem = null;
        try
        {
            var file = NetworkFile.Load(ConfigPaths.Resolve(config.SourcePath, config.Get(Network)));
            if (file.Kind != NetworkKind.Classical || file.Neurons != NeuronCoding.Spin)
            {
                problem = "model.network must be a classical network of spin neurons (kind classical, neurons spin)";
                return null;
            }

            if (file.Couplings is not null)
            {
                problem = "model.network gives its couplings, not patterns; write them as a bond file (i j J_ij per line) and name it in model.couplings";
                return null;
            }

            return file;
        }
        catch (InputFileException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private static PatternSet Patterns(NetworkFile file)
    {
        int n = file.N;
        var flat = new sbyte[n * file.Patterns.Count];
        for (int mu = 0; mu < file.Patterns.Count; mu++)
        {
            file.Patterns[mu].CopyTo(flat, mu * n);
        }

        return new PatternSet(n, flat);
    }
}
