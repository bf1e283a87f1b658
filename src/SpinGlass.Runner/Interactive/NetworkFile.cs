using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Learning;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A network as <c>network.json</c> holds it (docs/networks.md): its kind and parameters and the stored ±1 patterns
/// (row-major over a <see cref="Width"/> × <see cref="Height"/> grid when those are set) with the rule that learns them, or,
/// for a classical network, its couplings instead.
/// </summary>
/// <param name="Kind">Classical, dense or modern.</param>
/// <param name="Neurons">Classical: spin (±1, couplings/N) or binary (0/1, Hopfield 1982).</param>
/// <param name="Interaction">Dense: polynomial, rectified or exponential F.</param>
/// <param name="Power">Dense polynomial kinds: the power n ≥ 2.</param>
/// <param name="Beta">Dense exponential: F(x) = e^{βx}; modern: the β of the softmax. 1 otherwise.</param>
/// <param name="Width">Grid width, or 0.</param>
/// <param name="Height">Grid height, or 0.</param>
/// <param name="Patterns">The stored patterns, each of length N.</param>
/// <param name="Letters">The built-in letters the patterns came from, or null.</param>
/// <param name="Names">A name for each stored pattern (e.g. the image files they came from), or null.</param>
/// <param name="Learning">Classical: the learning rule and its options; null is plain Hebb (and all a version-1 file knows).</param>
/// <param name="Couplings">Classical: explicit couplings instead of patterns (then <paramref name="Patterns"/> is empty), or null.</param>
public sealed record NetworkFile(
    NetworkKind Kind, NeuronCoding Neurons, Interaction Interaction, int Power, double Beta, int Width, int Height, IReadOnlyList<sbyte[]> Patterns, string? Letters,
    IReadOnlyList<string>? Names = null, HopfieldLearning? Learning = null, ExplicitCouplings? Couplings = null)
{
    /// <summary>The longest pattern name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The format name in the file.</summary>
    public const string Format = "spinglass-network";

    /// <summary>The format version this code writes; it reads version 1 (Hebbian patterns only) too.</summary>
    public const int Version = 2;

    /// <summary>The largest p the pseudo-inverse rule is asked to solve for (a p × p inverse, O(Np² + p³)).</summary>
    public const int MaxPseudoInversePatterns = 2048;

    /// <summary>The largest N accepted.</summary>
    public const int MaxNeurons = 1_000_000;

    /// <summary>The largest N × p accepted.</summary>
    public const long MaxEntries = 50_000_000;

    /// <summary>The number of neurons.</summary>
    public int N => Couplings?.N ?? Patterns[0].Length;

    /// <summary>The learning rule (Hebb unless <see cref="Learning"/> says otherwise).</summary>
    public LearningRule Rule => Learning?.Rule ?? LearningRule.Hebb;

    /// <summary>Whether the network has a grid (width and height).</summary>
    public bool HasGrid => Width > 0;

    /// <summary>Reads and validates a network file; errors are <see cref="InputFileException"/>s naming <paramref name="path"/>.</summary>
    public static NetworkFile Load(string path) => Parse(JsonInput.ReadText(path), path);

    /// <summary>Parses and validates network JSON, building the network once to check it; <paramref name="file"/> names it in errors.</summary>
    public static NetworkFile Parse(string json, string file)
    {
        var network = ParseUnbuilt(json, file);
        _ = network.BuildChecked(file);
        return network;
    }

    /// <summary>
    /// Builds the model, refusing a rule beyond its bounds with a one-line <see cref="InputFileException"/> naming
    /// <paramref name="file"/>.
    /// </summary>
    internal NetworkModel BuildChecked(string file)
    {
        if (Rule == LearningRule.Storkey && (long)N * N > ExplicitCouplings.MaxCouplings)
        {
            throw InputFileException.At(file, $"rule storkey keeps an explicit N×N matrix: at most N² = {ExplicitCouplings.MaxCouplings} couplings, got N = {N}");
        }

        if (Rule == LearningRule.PseudoInverse && Patterns.Count > MaxPseudoInversePatterns)
        {
            throw InputFileException.At(file, $"rule pseudo-inverse inverts the p × p pattern correlations: at most p = {MaxPseudoInversePatterns}, got {Patterns.Count}");
        }

        try
        {
            return NetworkModel.Build(this);
        }
        catch (ArgumentException e)
        {
            string what = Kind == NetworkKind.Classical && Couplings is null ? $"rule {LearnedNetwork.RuleName(Rule)} cannot store these patterns" : $"the {Kind.ToString().ToLowerInvariant()} network cannot be built";
            throw InputFileException.At(file, $"{what}: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}");
        }
    }

    /// <summary>Parses and validates network JSON up to building it (<see cref="BuildChecked"/> does that).</summary>
    internal static NetworkFile ParseUnbuilt(string json, string file)
    {
        using var document = JsonInput.Parse(json, file);
        var root = document.RootElement;
        JsonInput.RequireKeys(root, file, [.. Keys, .. NetworkLearning.Keys, .. CouplingKeys]);
        int version = JsonInput.RequireFormat(root, file, Format, 1, Version);
        if (version == 1 && NetworkLearning.Keys.Concat(CouplingKeys).FirstOrDefault(key => root.TryGetProperty(key, out _)) is { } newer)
        {
            throw InputFileException.At(file, $"{newer} needs version {Version} of the format; a version-1 network is Hebbian and stores patterns");
        }

        var kind = JsonInput.Choice(JsonInput.OptionalString(root, "kind", file) ?? throw InputFileException.At(file, "kind is missing; allowed: classical, dense, modern"),
            "kind", file, NetworkKind.Classical, ("classical", NetworkKind.Classical), ("dense", NetworkKind.Dense), ("modern", NetworkKind.Modern));
        foreach (string key in (string[])["neurons", .. NetworkLearning.Keys, .. CouplingKeys])
        {
            Only(root, file, kind, key, NetworkKind.Classical);
        }

        Only(root, file, kind, "interaction", NetworkKind.Dense);
        Only(root, file, kind, "n", NetworkKind.Dense);
        var neurons = JsonInput.Choice(JsonInput.OptionalString(root, "neurons", file), "neurons", file, NeuronCoding.Spin, ("spin", NeuronCoding.Spin), ("binary", NeuronCoding.Binary));
        var interaction = JsonInput.Choice(JsonInput.OptionalString(root, "interaction", file), "interaction", file, Interaction.Polynomial,
            ("polynomial", Interaction.Polynomial), ("rectified", Interaction.RectifiedPolynomial), ("exponential", Interaction.Exponential));
        if (interaction == Interaction.Exponential && root.TryGetProperty("n", out _))
        {
            throw InputFileException.At(file, "n is the power of the polynomial kinds; the exponential F(x) = e^{βx} takes beta");
        }

        int power = JsonInput.OptionalInt(root, "n", file, 2, 64) ?? 3;
        double? betaValue = JsonInput.OptionalReal(root, "beta", file);
        bool takesBeta = kind == NetworkKind.Modern || (kind == NetworkKind.Dense && interaction == Interaction.Exponential);
        if (betaValue is not null && !takesBeta)
        {
            throw InputFileException.At(file, "beta belongs to kind modern and to dense with interaction exponential only");
        }

        double beta = betaValue ?? 1;
        double maxBeta = kind == NetworkKind.Dense ? DenseAssociativeMemory.MaxBeta : 1e6;
        if (!(beta > 0) || beta > maxBeta)
        {
            throw InputFileException.At(file, $"beta must lie in (0, {maxBeta}]");
        }

        int? width = JsonInput.OptionalInt(root, "width", file, 1, MaxNeurons);
        int? height = JsonInput.OptionalInt(root, "height", file, 1, MaxNeurons);
        if ((width is null) != (height is null))
        {
            throw InputFileException.At(file, "width and height go together: give both or neither");
        }

        return root.TryGetProperty("couplings", out _)
            ? ReadCouplings(root, file, neurons, width ?? 0, height ?? 0)
            : ReadStored(root, file, kind, neurons, interaction, power, beta, width ?? 0, height ?? 0);
    }

    /// <summary>The JSON text of this network (grids when it has width and height, the letters when it came from them).</summary>
    public string ToJson()
    {
        var root = new JsonObject { ["format"] = Format, ["version"] = Version, ["kind"] = Kind.ToString().ToLowerInvariant() };
        switch (Kind)
        {
            case NetworkKind.Classical:
                root["neurons"] = Neurons == NeuronCoding.Binary ? "binary" : "spin";
                if (Couplings is null)
                {
                    NetworkLearning.Write(root, Learning);
                }

                break;
            case NetworkKind.Dense:
                root["interaction"] = Interaction switch { Interaction.RectifiedPolynomial => "rectified", Interaction.Exponential => "exponential", _ => "polynomial" };
                if (Interaction == Interaction.Exponential)
                {
                    root["beta"] = Beta;
                }
                else
                {
                    root["n"] = Power;
                }

                break;
            default:
                root["beta"] = Beta;
                break;
        }

        if (Letters is not null)
        {
            root["letters"] = Letters;
            return Serialize(root);
        }

        if (HasGrid)
        {
            root["width"] = Width;
            root["height"] = Height;
        }

        if (Couplings is not null)
        {
            Couplings.Write(root);
            return Serialize(root);
        }

        var patterns = new JsonArray();
        foreach (var pattern in Patterns)
        {
            patterns.Add(HasGrid
                ? new JsonArray(SpinText.ToGrid(pattern, Width, Height).Select(r => (JsonNode)r!).ToArray())
                : new JsonArray(pattern.Select(s => (JsonNode)(int)s).ToArray()));
        }

        root["patterns"] = patterns;
        if (Names is not null)
        {
            root["names"] = new JsonArray(Names.Select(n => (JsonNode)n!).ToArray());
        }

        return Serialize(root);
    }

    internal static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static readonly string[] Keys = ["format", "version", "kind", "neurons", "interaction", "n", "beta", "width", "height", "patterns", "letters", "names"];

    private static readonly string[] CouplingKeys = ["couplings", "fields"];

    private static readonly string[] StoredKeys = ["patterns", "letters", "names"];

    private static NetworkFile ReadStored(JsonElement root, string file, NetworkKind kind, NeuronCoding neurons, Interaction interaction, int power, double beta, int width, int height)
    {
        if (root.TryGetProperty("fields", out _))
        {
            throw InputFileException.At(file, "fields belong to a network given by its couplings; learned couplings have no fields of their own");
        }

        var (patterns, letters, w, h) = ReadPatterns(root, file, width, height);
        var names = ReadNames(root, file, patterns.Count, letters is not null);
        var learning = kind == NetworkKind.Classical ? NetworkLearning.Read(root, file, neurons) : null;
        return new NetworkFile(kind, neurons, interaction, power, beta, w, h, patterns, letters, names, learning);
    }

    private static NetworkFile ReadCouplings(JsonElement root, string file, NeuronCoding neurons, int width, int height)
    {
        if (StoredKeys.Concat(NetworkLearning.Keys).FirstOrDefault(key => root.TryGetProperty(key, out _)) is { } key)
        {
            throw InputFileException.At(file, $"give either couplings or stored patterns with their rule, not both: {key} belongs to a network that learns patterns");
        }

        if (neurons != NeuronCoding.Spin)
        {
            throw InputFileException.At(file, "couplings act on ±1 spins (neurons spin); write 0/1 neurons' couplings as spins");
        }

        var couplings = ExplicitCouplings.Read(root, file);
        if (width > 0 && (long)width * height != couplings.N)
        {
            throw InputFileException.At(file, $"the couplings are {couplings.N}×{couplings.N}, but width × height is {(long)width * height}");
        }

        return new NetworkFile(NetworkKind.Classical, neurons, Interaction.Polynomial, 3, 1, width, height, [], null, null, null, couplings);
    }

    private static void Only(JsonElement root, string file, NetworkKind kind, string key, NetworkKind owner)
    {
        if (kind != owner && root.TryGetProperty(key, out _))
        {
            throw InputFileException.At(file, $"{key} belongs to kind {owner.ToString().ToLowerInvariant()}, not {kind.ToString().ToLowerInvariant()}");
        }
    }

    private static string[]? ReadNames(JsonElement root, string file, int count, bool fromLetters)
    {
        if (!root.TryGetProperty("names", out var names))
        {
            return null;
        }

        if (fromLetters)
        {
            throw InputFileException.At(file, "names belong to patterns; letters are named by themselves");
        }

        if (names.ValueKind != JsonValueKind.Array || names.GetArrayLength() != count)
        {
            throw InputFileException.At(file, $"names must be a list of {count} strings, one per pattern");
        }

        var list = new string[count];
        int mu = 0;
        foreach (var name in names.EnumerateArray())
        {
            string? text = name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxNameLength || text.Any(char.IsControl))
            {
                throw InputFileException.At(file, $"names[{mu}] must be a string of 1 … {MaxNameLength} printable characters");
            }

            list[mu++] = text;
        }

        return list;
    }

    private static (List<sbyte[]> Patterns, string? Letters, int Width, int Height) ReadPatterns(JsonElement root, string file, int width, int height)
    {
        bool hasPatterns = root.TryGetProperty("patterns", out var patterns);
        string? letters = JsonInput.OptionalString(root, "letters", file);
        if (hasPatterns == (letters is not null))
        {
            throw InputFileException.At(file, "give the stored patterns as either patterns (rows of ±1 or grids of '#'/'.') or letters (e.g. \"ABC\"), exactly one");
        }

        if (letters is not null)
        {
            if (letters.Length == 0 || letters.Any(c => !LetterPatterns.Contains(c)))
            {
                throw InputFileException.At(file, $"letters \"{letters}\" must be one or more of {LetterPatterns.Available}");
            }

            if (width != 0 && (width != LetterPatterns.Width || height != LetterPatterns.Height))
            {
                throw InputFileException.At(file, $"the letters are {LetterPatterns.Width}×{LetterPatterns.Height}; leave out width and height or give those");
            }

            letters = letters.ToUpperInvariant();
            return ([.. letters.Select(c => LetterPatterns.Letter(c).ToArray())], letters, LetterPatterns.Width, LetterPatterns.Height);
        }

        if (patterns.ValueKind != JsonValueKind.Array || patterns.GetArrayLength() == 0)
        {
            throw InputFileException.At(file, "patterns must be a non-empty list of patterns, each a list of ±1 or a grid of '#'/'.' strings");
        }

        var list = new List<sbyte[]>();
        int mu = 0;
        foreach (var element in patterns.EnumerateArray())
        {
            var spins = SpinText.Read(element, file, $"patterns[{mu}]", out int w, out int h);
            if (w > 0 && width == 0)
            {
                throw InputFileException.At(file, $"patterns[{mu}] is a grid: give width and height ({w} and {h})");
            }

            if (w > 0 && (w != width || h != height))
            {
                throw InputFileException.At(file, $"patterns[{mu}] is a {w}×{h} grid, but width × height is {width}×{height}");
            }

            if (width > 0 && spins.Length != width * height)
            {
                throw InputFileException.At(file, $"patterns[{mu}] has {spins.Length} spins, but width × height is {width * height}");
            }

            if (list.Count > 0 && spins.Length != list[0].Length)
            {
                throw InputFileException.At(file, $"patterns[{mu}] has {spins.Length} spins, patterns[0] has {list[0].Length}; all patterns must have the same length");
            }

            if (spins.Length > MaxNeurons || (long)spins.Length * (list.Count + 1) > MaxEntries)
            {
                throw InputFileException.At(file, $"too large: at most {MaxNeurons} neurons and {MaxEntries} pattern entries");
            }

            list.Add(spins);
            mu++;
        }

        return (list, null, width, height);
    }
}
