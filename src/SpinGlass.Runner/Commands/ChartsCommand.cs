using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass charts OUT [--format png|svg|pdf] [--into DIR] [--set chart.KEY=VALUE]</c>: draws the charts of a finished
/// run again from its saved points (OUT/.points, the records results.csv was written from) — no trial runs — with other
/// sizes, fonts, log axes or formats, into OUT/charts/ (the run's own outputs stay as the run wrote them).
/// </summary>
internal static class ChartsCommand
{
    private static readonly string[] SetKeys = ["width", "height", "font_scale", "log_x", "log_y", "only"];

    public static int Execute(string outDirectory, IReadOnlyList<string> formats, string? into, IReadOnlyList<string> sets, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        if (OutDirectoryCheck.Problem(outDirectory, "OUT") is { } outProblem)
        {
            log.WriteLine(outProblem + "; nothing was drawn.");
            return ExitCodes.BadInput;
        }

        var chosen = formats.Count == 0 ? ["png", "svg"] : formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (chosen.FirstOrDefault(f => f is not ("png" or "svg" or "pdf")) is { } badFormat)
        {
            log.WriteLine($"--format: '{badFormat}' is not one of png, svg, pdf; nothing was drawn.");
            return ExitCodes.BadInput;
        }

        if (!TryStyle(sets, out var style, out string? setProblem))
        {
            log.WriteLine($"--set: {setProblem}; nothing was drawn.");
            return ExitCodes.BadInput;
        }

        if (RunDescription.Read(outDirectory, out string? problem) is not { } description)
        {
            log.WriteLine($"charts: {problem}; nothing was drawn.");
            return ExitCodes.BadInput;
        }

        if (ChartExporter.MissingFontProblem() is { } fontProblem)
        {
            log.WriteLine($"charts: {fontProblem}.");
            return ExitCodes.BadInput;
        }

        ConfigLoadResult loaded;
        using (MemoryBudget.Unlimited())
        {
            loaded = ConfigLoader.LoadText(description.ConfigFile, description.ConfigText, description.Sets, ExperimentCatalog.Schemas, threads: 1);
        }

        if (!loaded.IsSuccess || loaded.Config!.Fingerprint != description.Fingerprint)
        {
            log.WriteLine($"charts: the config saved in {RunDescription.PathIn(outDirectory)} no longer resolves as it did for the run (a file it names changed, or another SpinGlass version); nothing was drawn.");
            return ExitCodes.RuntimeFailure;
        }

        var config = loaded.Config;
        string target = into ?? Path.Combine(outDirectory, "charts");
        try
        {
            using var directory = RunDirectory.Open(outDirectory);
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            var store = new PointStore(outDirectory, config.Fingerprint, log, false);
            var (found, missing) = store.Collect(experiment.PointCount, experiment.Outputs, cancellation);
            if (missing.Count > 0)
            {
                log.WriteLine($"charts: {missing.Count} of {experiment.PointCount} points are not saved or not valid (first: point {missing[0].Point}, {missing[0].Problem}); finish the run (or merge it) first; nothing was drawn.");
                return ExitCodes.RuntimeFailure;
            }

            var result = experiment.Finish([.. Enumerable.Range(0, experiment.PointCount).Select(p => found[p])]);
            var charts = result.Charts.Where(c => style.Only is null || style.Only.Contains(c.Key)).ToList();
            if (style.Only?.FirstOrDefault(name => result.Charts.All(c => c.Key != name)) is { } unknown)
            {
                log.WriteLine($"--set chart.only: this run has no chart '{unknown}'; it has {string.Join(", ", result.Charts.Select(c => c.Key))}; nothing was drawn.");
                return ExitCodes.BadInput;
            }

            Directory.CreateDirectory(target);
            int written = 0;
            foreach (var (name, factory) in charts)
            {
                cancellation.ThrowIfCancellationRequested();
                var model = factory();
                Apply(model, style);
                foreach (string format in chosen)
                {
                    string path = Path.Combine(target, $"{name}.{format}");
                    ChartExporter.Export(model, path, format, style.Width, style.Height);
                    written++;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"drew {charts.Count} chart{(charts.Count == 1 ? "" : "s")} as {string.Join(", ", chosen)} ({written} files) into {target}"));
            return ExitCodes.Success;
        }
        catch (RunDirectoryException e)
        {
            log.WriteLine($"error: {e.Message}; nothing was drawn.");
            return ExitCodes.RuntimeFailure;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine("charts interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {target}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.RuntimeFailure;
        }
    }

    private static bool TryStyle(IReadOnlyList<string> sets, out ChartStyleOptions style, out string? problem)
    {
        style = new ChartStyleOptions();
        problem = null;
        foreach (string set in sets)
        {
            int equals = set.IndexOf('=', StringComparison.Ordinal);
            string key = equals > 0 ? set[..equals].Trim() : set;
            string value = equals > 0 ? set[(equals + 1)..].Trim() : "";
            string name = key.StartsWith("chart.", StringComparison.Ordinal) ? key["chart.".Length..] : "";
            if (equals <= 0 || !SetKeys.Contains(name))
            {
                problem = $"'{set}' is not chart.KEY=VALUE with KEY one of {string.Join(", ", SetKeys)}";
                return false;
            }

            bool ok;
            switch (name)
            {
                case "width" or "height":
                    ok = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int pixels) && pixels is >= 100 and <= 10000;
                    style = name == "width" ? style with { Width = pixels } : style with { Height = pixels };
                    break;
                case "font_scale":
                    ok = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) && scale is >= 0.25 and <= 8;
                    style = style with { FontScale = scale };
                    break;
                case "log_x" or "log_y":
                    ok = bool.TryParse(value, out bool logarithmic);
                    style = name == "log_x" ? style with { LogX = logarithmic } : style with { LogY = logarithmic };
                    break;
                default:
                    ok = value.Length > 0;
                    style = style with { Only = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };
                    break;
            }

            if (!ok)
            {
                problem = $"chart.{name}: '{value}' is not allowed; width and height are 100 … 10000 pixels, font_scale 0.25 … 8, log_x and log_y true or false, only a comma-separated list of chart names";
                return false;
            }
        }

        return true;
    }

    /// <summary>Scales the fonts and turns linear axes into logarithmic ones (data ≤ 0 is not drawn on a log axis).</summary>
    private static void Apply(PlotModel model, ChartStyleOptions style)
    {
        if (style.FontScale != 1)
        {
            model.DefaultFontSize *= style.FontScale;
            model.TitleFontSize *= style.FontScale;
            model.SubtitleFontSize *= style.FontScale;
            foreach (var legend in model.Legends)
            {
                legend.LegendFontSize *= style.FontScale;
            }

            foreach (var axis in model.Axes)
            {
                axis.FontSize *= style.FontScale;
                axis.TitleFontSize *= style.FontScale;
            }
        }

        for (int k = 0; k < model.Axes.Count; k++)
        {
            var axis = model.Axes[k];
            bool horizontal = axis.Position is AxisPosition.Bottom or AxisPosition.Top;
            if (axis is LinearAxis && ((horizontal && style.LogX) || (!horizontal && style.LogY)))
            {
                model.Axes[k] = new LogarithmicAxis
                {
                    Position = axis.Position,
                    Title = axis.Title,
                    Unit = axis.Unit,
                    Key = axis.Key,
                    FontSize = axis.FontSize,
                    TitleFontSize = axis.TitleFontSize,
                    MajorGridlineStyle = axis.MajorGridlineStyle,
                    MinorGridlineStyle = axis.MinorGridlineStyle,
                };
            }
        }
    }

    private sealed record ChartStyleOptions(int Width = ChartExporter.Width, int Height = ChartExporter.Height, double FontScale = 1, bool LogX = false, bool LogY = false, string[]? Only = null);
}
