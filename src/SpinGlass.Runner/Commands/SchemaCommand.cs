using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary><c>spinglass schema [--out FILE]</c>: the JSON Schema of every experiment's config, for editors.</summary>
internal static class SchemaCommand
{
    public static int Execute(string? outPath, TextWriter output, TextWriter log)
    {
        string schema = ConfigJsonSchema.Generate(ExperimentCatalog.Schemas);
        if (outPath is null)
        {
            output.Write(schema);
            return ExitCodes.Success;
        }

        if (outPath.Length == 0 || Directory.Exists(outPath))
        {
            log.WriteLine($"--out: '{outPath}' is {(outPath.Length == 0 ? "empty" : "a directory")}; give the file to write, e.g. spinglass.schema.json; nothing was written");
            return ExitCodes.BadInput;
        }

        try
        {
            AtomicFile.WriteAllText(outPath, schema);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {outPath} cannot be written ({e.Message.ReplaceLineEndings(" ")}); nothing was written");
            return ExitCodes.RuntimeFailure;
        }

        log.WriteLine($"wrote {outPath}");
        return ExitCodes.Success;
    }
}
