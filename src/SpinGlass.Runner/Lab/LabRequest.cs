using System.Globalization;
using System.Text.Json;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Interactive;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Lab;

/// <summary>
/// Reads the parts of a lab request body (docs/lab.md, "The JSON API"): the network (a network.json object), the state (a
/// state.json object), the dynamics and the random stream. Errors are <see cref="InputFileException"/>s whose message names
/// the field, e.g. <c>network: patterns[2] has 99 spins, …</c>; the API answers them with 400.
/// </summary>
internal static class LabRequest
{
    /// <summary>The largest |value| of a real state the lab takes.</summary>
    public const double MaxValue = 1e6;

    private static readonly string[] DynamicsKeys = ["rule", "order", "T", "seed"];

    public static JsonDocument Parse(string body) => JsonInput.Parse(body, "request");

    public static void RequireKeys(JsonElement root, params string[] allowed) => JsonInput.RequireKeys(root, "request", allowed);

    /// <summary>The <c>network</c> object, built, within the limits.</summary>
    public static NetworkModel Network(JsonElement root, LabLimits limits)
    {
        var element = Object(root, "network");
        var file = NetworkFile.ParseUnbuilt(element.GetRawText(), "network");
        if (file.N > limits.MaxNeurons || (file.HasGrid && (file.Width > limits.MaxGridSide || file.Height > limits.MaxGridSide)))
        {
            throw new InputFileException($"network: {file.N} neurons{(file.HasGrid ? $" ({file.Width}×{file.Height})" : "")}; the lab takes at most {limits.MaxNeurons} (a {limits.MaxGridSide}×{limits.MaxGridSide} grid)");
        }

        if (file.Patterns.Count > limits.MaxPatterns)
        {
            throw new InputFileException($"network: {file.Patterns.Count} patterns; the lab takes at most {limits.MaxPatterns}");
        }

        return file.BuildChecked("network");
    }

    /// <summary>The <c>state</c> object, checked against the network.</summary>
    public static StateFile State(JsonElement root, NetworkModel network)
    {
        var state = StateFile.Parse(Object(root, "state").GetRawText(), "state");
        RecallEngine.Check(network, state, "state");
        if (state.Values is { } values && values.Any(v => Math.Abs(v) > MaxValue))
        {
            throw new InputFileException($"state: a value beyond ±{MaxValue:0e0}; a modern network's state is of the order of its ±1 patterns");
        }

        return state;
    }

    /// <summary>The <c>dynamics</c> object ({rule, order, T, seed}, all optional), the <c>rng</c> stream and a sweep limit.</summary>
    public static RecallOptions Options(JsonElement root, NetworkModel network, int maxSweeps)
    {
        UpdateRule? rule = null;
        SiteOrder? order = null;
        double temperature = 0;
        ulong seed = 1;
        if (root.TryGetProperty("dynamics", out var dynamics))
        {
            if (dynamics.ValueKind != JsonValueKind.Object)
            {
                throw new InputFileException("dynamics: must be an object {rule, order, T, seed}");
            }

            JsonInput.RequireKeys(dynamics, "dynamics", DynamicsKeys);
            rule = JsonInput.Choice<UpdateRule?>(JsonInput.OptionalString(dynamics, "rule", "dynamics"), "rule", "dynamics", null,
                ("zero-temperature", UpdateRule.ZeroTemperature), ("synchronous", UpdateRule.Synchronous), ("glauber", UpdateRule.Glauber));
            order = JsonInput.Choice<SiteOrder?>(JsonInput.OptionalString(dynamics, "order", "dynamics"), "order", "dynamics", null,
                ("random", SiteOrder.Random), ("sequential", SiteOrder.Sequential), ("permutation", SiteOrder.Permutation), ("rows", SiteOrder.Rows));
            temperature = JsonInput.OptionalReal(dynamics, "T", "dynamics") ?? 0;
            if (dynamics.TryGetProperty("seed", out var s))
            {
                seed = s.ValueKind == JsonValueKind.Number && s.TryGetUInt64(out ulong value)
                    ? value
                    : throw new InputFileException("dynamics: seed must be an integer in 0 … 2^64 − 1");
            }
        }

        var options = new RecallOptions(rule, order, temperature, seed, maxSweeps, Stream(root, "rng"));
        try
        {
            _ = RecallEngine.DynamicsOf(network, options);
        }
        catch (InputFileException e)
        {
            // the engine names command-line options (--rule); here they are fields of dynamics
            throw new InputFileException("dynamics: " + e.Message.Replace("--max-sweeps", "maxSweeps", StringComparison.Ordinal).Replace("--", "", StringComparison.Ordinal));
        }

        return options;
    }

    /// <summary>An optional integer field.</summary>
    public static int Int(JsonElement root, string key, int fallback, int min, int max) => JsonInput.OptionalInt(root, key, "request", min, max) ?? fallback;

    /// <summary>An optional real field.</summary>
    public static double Real(JsonElement root, string key, double fallback, double min, double max)
    {
        double value = JsonInput.OptionalReal(root, key, "request") ?? fallback;
        return value >= min && value <= max ? value : throw new InputFileException($"request: {key} must lie in {min} … {max}");
    }

    /// <summary>An optional string field.</summary>
    public static string? String(JsonElement root, string key) => JsonInput.OptionalString(root, key, "request");

    /// <summary>The stream as the API writes it: four 16-digit hex words.</summary>
    public static string StreamText(RandomState state) =>
        string.Create(CultureInfo.InvariantCulture, $"{state.S0:x16}{state.S1:x16}{state.S2:x16}{state.S3:x16}");

    /// <summary>An optional stream field (<c>rng</c>, <c>sweepRng</c>): the 64 hex digits of <see cref="StreamText"/>.</summary>
    public static RandomState? Stream(JsonElement root, string key)
    {
        string? text = JsonInput.OptionalString(root, key, "request");
        if (text is null)
        {
            return null;
        }

        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            throw new InputFileException($"request: {key} must be the 64 hex digits a previous answer returned");
        }

        var words = new ulong[4];
        for (int k = 0; k < 4; k++)
        {
            words[k] = ulong.Parse(text.AsSpan(16 * k, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        if (words.All(w => w == 0))
        {
            throw new InputFileException($"request: {key} is all zeros, which is not a state of the generator");
        }

        return new RandomState(words[0], words[1], words[2], words[3]);
    }

    private static JsonElement Object(JsonElement root, string key) =>
        root.TryGetProperty(key, out var element) && element.ValueKind == JsonValueKind.Object
            ? element
            : throw new InputFileException($"request: {key} is missing or not an object (a {(key == "network" ? "network.json" : "state.json")} document)");
}
