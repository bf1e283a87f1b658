using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Output;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Commands;

/// <summary><c>spinglass recall</c> and <c>spinglass energy</c>: one state of one network (docs/lab.md, "Files and single-state commands").</summary>
internal static class RecallCommand
{
    public static int Recall(RecallCommandOptions options, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        RecallResult result;
        NetworkModel network;
        try
        {
            (network, var state) = RecallEngine.Load(options.Network, options.State);
            var recall = new RecallOptions(
                Rule(options.Rule), Order(options.Order), options.Temperature ?? 0, options.Seed ?? 1, options.MaxSweeps ?? 100);
            _ = RecallEngine.DynamicsOf(network, recall);
            if (options.Trace is not null)
            {
                CheckWritable("--trace", options.Trace);
            }

            result = RecallEngine.Relax(network, state, recall, cancellation);
        }
        catch (InputFileException e)
        {
            log.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }

        string csv = Csv(network, result.Steps, changedColumn: network.Modern is null ? "flips" : "change");
        if (options.Trace is not null)
        {
            try
            {
                AtomicFile.WriteAllText(options.Trace, csv);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"{options.Trace}: cannot be written ({e.Message.ReplaceLineEndings(" ")}); nothing was written");
                return ExitCodes.RuntimeFailure;
            }
        }

        if (options.Json)
        {
            output.Write(Json(network, result));
            return ExitCodes.Success;
        }

        output.Write(csv);
        var final = result.Final;
        int sweeps = result.Steps[^1].T;
        string ending = result.FixedPoint ? $"fixed point after {sweeps} sweep{(sweeps == 1 ? "" : "s")}" : $"no fixed point after {sweeps} sweeps";
        log.WriteLine($"final state ({ending}):");
        if (final.Width > 0)
        {
            foreach (string row in SpinText.ToGrid(final.Spins, final.Width, final.Height))
            {
                log.WriteLine(row);
            }
        }
        else
        {
            log.WriteLine(final.Values is null ? string.Join(' ', final.Spins!.Select(s => s > 0 ? "+1" : "-1")) : string.Join(' ', final.Values.Select(Number)));
        }

        return ExitCodes.Success;
    }

    public static int Energy(string networkPath, string statePath, bool json, TextWriter output, TextWriter log)
    {
        NetworkModel network;
        RecallStep step;
        try
        {
            (network, var state) = RecallEngine.Load(networkPath, statePath);
            step = RecallEngine.Energy(network, state);
        }
        catch (InputFileException e)
        {
            log.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }

        if (json)
        {
            var root = new JsonObject { ["energy"] = step.Energy, ["overlaps"] = Overlaps(network, step) };
            output.Write(NetworkFile.Serialize(root));
        }
        else
        {
            output.Write($"{string.Join(',', ["energy", .. network.OverlapNames])}\n{string.Join(',', [Number(step.Energy), .. step.Overlaps.Select(Number)])}\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>The trajectory as CSV: <c>t,energy,m_…,flips</c>, numbers invariant and round-trip.</summary>
    internal static string Csv(NetworkModel network, IReadOnlyList<RecallStep> steps, string changedColumn)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', ["t", "energy", .. network.OverlapNames, changedColumn]).Append('\n');
        foreach (var step in steps)
        {
            text.AppendJoin(',', [step.T.ToString(CultureInfo.InvariantCulture), Number(step.Energy), .. step.Overlaps.Select(Number), Number(step.Changed)]).Append('\n');
        }

        return text.ToString();
    }

    private static string Json(NetworkModel network, RecallResult result)
    {
        var steps = new JsonArray();
        foreach (var step in result.Steps)
        {
            steps.Add(new JsonObject { ["t"] = step.T, ["energy"] = step.Energy, ["overlaps"] = Overlaps(network, step), ["changed"] = step.Changed });
        }

        var root = new JsonObject
        {
            ["engine"] = result.Engine,
            ["fixed_point"] = result.FixedPoint,
            ["sweeps"] = result.Steps[^1].T,
            ["steps"] = steps,
            ["final"] = JsonNode.Parse(result.Final.ToJson()),
        };
        return NetworkFile.Serialize(root);
    }

    private static JsonObject Overlaps(NetworkModel network, RecallStep step)
    {
        var overlaps = new JsonObject();
        for (int mu = 0; mu < step.Overlaps.Count; mu++)
        {
            overlaps[network.OverlapNames[mu]] = step.Overlaps[mu];
        }

        return overlaps;
    }

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static UpdateRule? Rule(string? word) =>
        Word(word, "--rule", ("zero-temperature", UpdateRule.ZeroTemperature), ("synchronous", UpdateRule.Synchronous), ("glauber", UpdateRule.Glauber));

    private static SiteOrder? Order(string? word) =>
        Word(word, "--order", ("random", SiteOrder.Random), ("sequential", SiteOrder.Sequential), ("permutation", SiteOrder.Permutation), ("rows", SiteOrder.Rows));

    private static T? Word<T>(string? word, string option, params (string Word, T Value)[] words)
        where T : struct
    {
        if (word is null)
        {
            return null;
        }

        foreach (var (w, value) in words)
        {
            if (w == word)
            {
                return value;
            }
        }

        throw new InputFileException($"{option}: '{word}' is not one of {string.Join(", ", words.Select(w => w.Word))}");
    }

    /// <summary>Checks that <paramref name="path"/> (given to <paramref name="option"/>) can be a file: its directory exists and it is none.</summary>
    internal static void CheckWritable(string option, string path)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new InputFileException($"{option} {path}: the directory {directory} does not exist");
        }

        if (Directory.Exists(path))
        {
            throw new InputFileException($"{option} {path}: is a directory; give a file name");
        }
    }
}
