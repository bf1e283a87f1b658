using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass validate</c>: checks configs without running them; every error of every file at once. With <c>--threads</c>
/// the memory check counts as many concurrent trials as <c>run --threads</c> would.
/// </summary>
internal static class ValidateCommand
{
    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> sets, TextWriter output, TextWriter log, int? threads = null)
    {
        int maxThreads = RunCommand.MaxThreadsPerCore * Environment.ProcessorCount;
        if (threads is int requested && (requested < 1 || requested > maxThreads))
        {
            log.WriteLine($"--threads: {requested} is outside 1 … {maxThreads} (4 × the {Environment.ProcessorCount} cores)");
            return ExitCodes.BadInput;
        }

        int failures = 0;
        foreach (string path in paths)
        {
            var loaded = ConfigLoader.Load(path, sets, ExperimentCatalog.Schemas, threads);
            if (loaded.IsSuccess)
            {
                var config = loaded.Config!;
                output.WriteLine($"{path}: ok ({config.Kind} '{config.Name}', {config.Points.Count} points × {config.Trials} trials)");
                continue;
            }

            failures++;
            foreach (var error in loaded.Errors)
            {
                log.WriteLine(error);
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
