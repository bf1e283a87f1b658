using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Runner.Interactive;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Lab;

/// <summary>
/// <c>POST /api/config</c>, the lab's "Copy as config": the memory and dynamics on screen as an experiment config that reruns them
/// over many cues — <c>retrieval</c> for a classical network, <c>dense</c> for a dense one, <c>modern</c> for a modern one.
/// </summary>
internal static class LabConfig
{
    public static JsonObject Make(JsonElement root, LabLimits limits)
    {
        LabRequest.RequireKeys(root, "network", "dynamics", "maxSweeps", "noise", "trials", "cue");
        var network = LabRequest.Network(root, limits);
        if (network.File.Couplings is not null)
        {
            throw new InputFileException("network: a network given by its couplings stores no patterns to cue; retrieval needs stored patterns and a rule");
        }

        int maxSweeps = LabRequest.Int(root, "maxSweeps", 100, 1, limits.MaxSweeps);
        var options = LabRequest.Options(root, network, maxSweeps);
        double noise = LabRequest.Real(root, "noise", 0.1, 0, 1);
        int trials = LabRequest.Int(root, "trials", 100, 1, 100_000);
        StateFile? cue = root.TryGetProperty("cue", out _) ? StateFile.Parse(root.GetProperty("cue").GetRawText(), "cue") : null;
        if (cue is not null)
        {
            RecallEngine.Check(network, cue, "cue");
            if (network.File.Letters is null && network.File.Names is null)
            {
                throw new InputFileException("cue: an explicit cue needs fixed patterns (letters or images); random patterns are drawn anew for every trial — leave the cue out");
            }
        }

        var file = network.File;
        string experiment = file.Kind switch { NetworkKind.Classical => "retrieval", NetworkKind.Dense => "dense", _ => "modern" };
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Made by the SpinGlass lab (\"Copy as config\"): the lab's {Describe(file)} as a {experiment} experiment over {trials} cues.");
        if (file.Letters is null && file.Names is null)
        {
            yaml.AppendLine("# The lab's random patterns become random patterns of the same size, drawn afresh for every trial.");
        }
        else if (file.Names is not null)
        {
            yaml.AppendLine("# Save the images beside this config under these names (the lab does not keep uploads).");
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"experiment: {experiment}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"seed: {options.Seed}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"trials: {trials}");
        yaml.AppendLine("model:");
        Patterns(yaml, file, experiment);
        switch (file.Kind)
        {
            case NetworkKind.Classical:
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  neurons: {(file.Neurons == NeuronCoding.Binary ? "binary" : "spin")}");
                Learning(yaml, file.Learning);
                if (cue is not null)
                {
                    yaml.AppendLine("# the drawing on the lab's grid, cued in every trial (noise adds random flips on top)");
                    yaml.AppendLine("cue:");
                    yaml.AppendLine("  grid:");
                    foreach (string row in SpinText.ToGrid(cue.Spins!, file.Width > 0 ? file.Width : cue.Length, file.Width > 0 ? file.Height : 1))
                    {
                        yaml.AppendLine(CultureInfo.InvariantCulture, $"    - \"{row}\"");
                    }
                }

                yaml.AppendLine(CultureInfo.InvariantCulture, $"noise: {Number(cue is null ? noise : 0)}");
                Dynamics(yaml, options, maxSweeps, allowRows: false);
                break;
            case NetworkKind.Dense:
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  interaction: {(file.Interaction switch { Interaction.RectifiedPolynomial => "rectified", Interaction.Exponential => "exponential", _ => "polynomial" })}");
                yaml.AppendLine(file.Interaction == Interaction.Exponential
                    ? string.Create(CultureInfo.InvariantCulture, $"  beta: {Number(file.Beta)}")
                    : string.Create(CultureInfo.InvariantCulture, $"  n: {file.Power}"));
                yaml.AppendLine(CultureInfo.InvariantCulture, $"start: {{noise: {Number(noise)}}}");
                Dynamics(yaml, options, maxSweeps, allowRows: true);
                break;
            default:
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  beta: {Number(file.Beta)}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"query: {{noise: {Number(noise)}}}");
                yaml.AppendLine(maxSweeps == 1 ? "updates: 1" : "updates: converge");
                break;
        }

        return new JsonObject { ["experiment"] = experiment, ["yaml"] = yaml.ToString() };
    }

    private static void Patterns(StringBuilder yaml, NetworkFile file, string experiment)
    {
        if (file.Letters is { } letters)
        {
            yaml.AppendLine("  patterns: letters");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  letters: {letters}");
            return;
        }

        if (file.Names is { } names)
        {
            yaml.AppendLine("  patterns: images");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  files: \"{string.Join(", ", names.Select(n => n.Replace("\"", "", StringComparison.Ordinal)))}\"");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  width: {file.Width}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  height: {file.Height}");
            return;
        }

        var (nKey, pKey) = experiment switch { "dense" => ("N", "K"), "modern" => ("d", "M"), _ => ("N", "p") };
        yaml.AppendLine("  patterns: random");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  {nKey}: {file.N}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  {pKey}: {file.Patterns.Count}");
    }

    private static void Learning(StringBuilder yaml, HopfieldLearning? learning)
    {
        if (learning is null)
        {
            return;
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"  rule: {LearnedNetwork.RuleName(learning.Rule)}");
        if (learning.Settings.Activity is double a)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  coding: {Number(a)}");
        }

        if (learning.Settings.Threshold is double t)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  threshold: {Number(t)}");
        }

        if (learning.Settings.SelfCoupling)
        {
            yaml.AppendLine("  self_coupling: true");
        }
    }

    private static void Dynamics(StringBuilder yaml, RecallOptions options, int maxSweeps, bool allowRows)
    {
        var rule = options.Rule ?? UpdateRule.ZeroTemperature;
        var order = options.Order ?? SiteOrder.Random;
        yaml.AppendLine(CultureInfo.InvariantCulture, $"T: {Number(options.Temperature)}");
        yaml.AppendLine("dynamics:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  rule: {(rule switch { UpdateRule.Synchronous => "synchronous", UpdateRule.Glauber => "glauber", _ => "zero-temperature" })}");
        if (rule != UpdateRule.Synchronous && (order != SiteOrder.Rows || allowRows))
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  order: {order.ToString().ToLowerInvariant()}");
        }
        else if (order == SiteOrder.Rows && !allowRows)
        {
            yaml.AppendLine("  # the lab's row-at-a-time order is the dense experiment's; retrieval runs random order");
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"  max_sweeps: {maxSweeps}");
    }

    private static string Describe(NetworkFile file) => file.Kind switch
    {
        NetworkKind.Classical => $"classical network ({(file.Neurons == NeuronCoding.Binary ? "0/1" : "±1")} neurons, rule {LearnedNetwork.RuleName(file.Rule)})",
        NetworkKind.Dense => file.Interaction == Interaction.Exponential
            ? string.Create(CultureInfo.InvariantCulture, $"dense memory F = e^(βx), β = {Number(file.Beta)}")
            : $"dense memory F = {(file.Interaction == Interaction.RectifiedPolynomial ? "rectified " : "")}x^{file.Power}",
        _ => string.Create(CultureInfo.InvariantCulture, $"modern network, β = {Number(file.Beta)}"),
    };

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
