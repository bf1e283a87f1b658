using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// The learning keys of a classical <c>network.json</c> (version 2): <c>rule</c>, <c>coding</c>, <c>threshold</c>,
/// <c>self_coupling</c> — the same words and bounds as the experiments' <c>model.rule</c>, <c>model.coding</c>, … keys.
/// </summary>
internal static class NetworkLearning
{
    /// <summary>The keys this class reads.</summary>
    public static readonly string[] Keys = ["rule", "coding", "threshold", "self_coupling"];

    /// <summary>The largest |θ| (as <c>model.threshold</c>).</summary>
    public const double MaxThreshold = 10;

    /// <summary>The largest coding level a (as <c>model.coding</c>; a and 1 − a are the same sparseness).</summary>
    public const double MaxCoding = 0.5;

    /// <summary>The rules' words, in enum order: hebb, storkey, pseudo-inverse, covariance.</summary>
    public static IReadOnlyList<(string Word, LearningRule Rule)> Words { get; } =
        [.. Enum.GetValues<LearningRule>().Select(rule => (LearnedNetwork.RuleName(rule), rule))];

    /// <summary>The rule of a word, or null when it names none.</summary>
    public static LearningRule? Rule(string word) => Words.Where(w => w.Word == word).Select(w => (LearningRule?)w.Rule).FirstOrDefault();

    /// <summary>Reads the learning keys (all optional: Hebb, a = ½, no self-coupling); null when none is given.</summary>
    public static HopfieldLearning? Read(JsonElement root, string file, NeuronCoding neurons)
    {
        string? word = JsonInput.OptionalString(root, "rule", file);
        var rule = word is null ? LearningRule.Hebb : Rule(word)
            ?? throw InputFileException.At(file, $"rule '{word}' is not one of {string.Join(", ", Words.Select(w => w.Word))}");
        double? coding = JsonInput.OptionalReal(root, "coding", file);
        if (coding is double a && !(a > 0 && a <= MaxCoding))
        {
            throw InputFileException.At(file, $"coding (the fraction a of active units) must lie in (0, {MaxCoding}]");
        }

        double? threshold = JsonInput.OptionalReal(root, "threshold", file);
        if (threshold is not null && rule != LearningRule.Covariance)
        {
            throw InputFileException.At(file, $"threshold belongs to rule covariance (its 0/1 neurons); rule {LearnedNetwork.RuleName(rule)} has none");
        }

        if (threshold is double t && Math.Abs(t) > MaxThreshold)
        {
            throw InputFileException.At(file, $"threshold must lie in -{MaxThreshold} … {MaxThreshold}");
        }

        bool selfCoupling = JsonInput.OptionalBool(root, "self_coupling", file) ?? false;
        var options = new LearningOptions(coding, threshold, selfCoupling);
        var learning = rule == LearningRule.Hebb && options == LearningOptions.Default ? null : new HopfieldLearning(rule, options);
        if (neurons == NeuronCoding.Binary && learning is not null && !learning.IsPlainHebb)
        {
            throw InputFileException.At(file, "binary neurons (Hopfield 1982) go with plain Hebb; for sparse 0/1 patterns use rule covariance with coding");
        }

        return learning;
    }

    /// <summary>Writes the rule (always) and the options that differ from the defaults.</summary>
    public static void Write(JsonObject root, HopfieldLearning? learning)
    {
        var rule = learning?.Rule ?? LearningRule.Hebb;
        var settings = learning?.Settings ?? LearningOptions.Default;
        root["rule"] = LearnedNetwork.RuleName(rule);
        if (settings.Activity is double a)
        {
            root["coding"] = a;
        }

        if (settings.Threshold is double t)
        {
            root["threshold"] = t;
        }

        if (settings.SelfCoupling)
        {
            root["self_coupling"] = true;
        }
    }
}
