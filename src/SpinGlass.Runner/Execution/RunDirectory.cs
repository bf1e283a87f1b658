using System.Globalization;
using System.Text.Json;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// A run's output directory, held for the whole run: an exclusive OS file lock on <c>OUT/.spinglass.lock</c> (it dies
/// with the process, so <c>kill -9</c> leaves no stale lock), temporary files of dead runs cleaned on opening, and the
/// outputs replaced as one set: files a previous run wrote there (listed in <c>OUT/.outputs.json</c>) that this run
/// does not produce are removed, and nothing SpinGlass did not write is touched.
/// </summary>
internal sealed class RunDirectory : IDisposable
{
    public const string LockName = ".spinglass.lock";
    public const string PidName = ".spinglass.pid";
    public const string OutputsName = ".outputs.json";

    private readonly FileStream _lock;

    private RunDirectory(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates the directory if needed and takes its lock; throws <see cref="RunDirectoryException"/> with a one-line
    /// message when the directory cannot be used or another run holds it.
    /// </summary>
    public static RunDirectory Open(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunDirectoryException($"cannot create the output directory {path}: {e.Message.TrimEnd('.')}");
        }

        string lockPath = System.IO.Path.Combine(path, LockName), pidPath = System.IO.Path.Combine(path, PidName);
        FileStream lockFile;
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix and a share lock on Windows
            lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new RunDirectoryException($"cannot write to the output directory {path}: {e.Message.TrimEnd('.')}");
        }
        catch (IOException)
        {
            string holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new RunDirectoryException($"{path} is in use by another spinglass run (pid {holder}); wait for it to end or choose another --out");
        }

        try
        {
            File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            var directory = new RunDirectory(path, lockFile);
            directory.RemoveLeftovers();
            return directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lockFile.Dispose();
            throw new RunDirectoryException($"cannot write to the output directory {path}: {e.Message.TrimEnd('.')}");
        }
    }

    /// <summary>
    /// Removes the outputs of the previous run that <paramref name="produced"/> does not contain (only files listed in its
    /// manifest), then records <paramref name="produced"/> as this run's outputs.
    /// </summary>
    public void ReplaceOutputs(IReadOnlyList<string> produced)
    {
        var names = produced.Select(f => System.IO.Path.GetRelativePath(Path, f)).Order(StringComparer.Ordinal).ToList();
        string manifest = System.IO.Path.Combine(Path, OutputsName);
        foreach (string stale in PreviousOutputs(manifest).Except(names, StringComparer.Ordinal))
        {
            string file = System.IO.Path.Combine(Path, stale);
            if (!stale.Contains("..", StringComparison.Ordinal) && File.Exists(file))
            {
                File.Delete(file);
            }
        }

        AtomicFile.WriteAllText(manifest, JsonSerializer.Serialize(names) + "\n");
    }

    public void Dispose()
    {
        try
        {
            File.Delete(System.IO.Path.Combine(Path, PidName));
        }
        catch (IOException)
        {
        }

        _lock.Dispose();
    }

    private static List<string> PreviousOutputs(string manifest)
    {
        try
        {
            return File.Exists(manifest) ? JsonSerializer.Deserialize<List<string>>(File.ReadAllText(manifest)) ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private void RemoveLeftovers()
    {
        // temporary files of runs that died (kill -9, full disk): only this run may write here now
        foreach (string leftover in Directory.EnumerateFiles(Path, "*.tmp-*").Concat(
            Directory.Exists(System.IO.Path.Combine(Path, PointStore.DirectoryName))
                ? Directory.EnumerateFiles(System.IO.Path.Combine(Path, PointStore.DirectoryName), "*.tmp-*")
                : []))
        {
            File.Delete(leftover);
        }
    }
}
