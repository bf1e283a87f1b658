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
    private readonly FileStream? _shardLock;
    private readonly string _pidPath;

    private RunDirectory(string path, FileStream lockFile, FileStream? shardLock, string pidPath)
    {
        Path = path;
        _lock = lockFile;
        _shardLock = shardLock;
        _pidPath = pidPath;
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>
    /// Null when the locks work; otherwise why they do not (a filesystem without working file locks, such as NFS without a
    /// lock service, or locking turned off by <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>): runs and shards then cannot
    /// guard each other, which the caller says.
    /// </summary>
    public string? Warning { get; private init; }

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
            var shards = RunningShards(path);
            if (shards.Count > 0)
            {
                throw new RunDirectoryException(
                    $"{path} is in use by {shards.Count} running shard(s) ({string.Join(", ", shards.Take(8))}{(shards.Count > 8 ? ", …" : "")}); wait for them to end (or cancel them) before running or merging there");
            }

            string holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new RunDirectoryException($"{path} is in use by another spinglass run (pid {holder}); wait for it to end or choose another --out");
        }

        try
        {
            File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            var directory = new RunDirectory(path, lockFile, null, pidPath) { Warning = LockProblem(lockPath) };
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
    /// Opens the directory for shard <paramref name="shard"/> of a run (<c>run --shard K/N</c>, docs/cluster.md): a
    /// <em>shared</em> lock on <c>OUT/.spinglass.lock</c> (so shards run side by side, while a plain run or a merge, which
    /// lock it exclusively, waits for all of them) and an exclusive lock on the shard's own
    /// <c>OUT/.points/shard-K-of-N.lock</c>, with its pid beside it. Nothing else in the directory is touched: the
    /// other shards' files and temporary files stay as they are.
    /// </summary>
    public static RunDirectory OpenShard(string path, Cluster.Shard shard)
    {
        string points = System.IO.Path.Combine(path, PointStore.DirectoryName);
        try
        {
            Directory.CreateDirectory(points);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunDirectoryException($"cannot create the output directory {path}: {e.Message.TrimEnd('.')}");
        }

        string lockPath = System.IO.Path.Combine(path, LockName);
        FileStream shared;
        try
        {
            // read access with sharing takes a shared flock; every shard holds one, a plain run or merge wants it exclusively
            shared = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new RunDirectoryException($"cannot write to the output directory {path}: {e.Message.TrimEnd('.')}");
        }
        catch (IOException)
        {
            string pidPath = System.IO.Path.Combine(path, PidName);
            string holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new RunDirectoryException($"{path} is in use by a plain run or a merge (pid {holder}); wait for it to end");
        }

        string shardLock = System.IO.Path.Combine(points, shard.FileStem + ".lock"), shardPid = System.IO.Path.Combine(points, shard.FileStem + ".pid");
        FileStream own;
        try
        {
            own = new FileStream(shardLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            shared.Dispose();
            string holder = File.Exists(shardPid) ? File.ReadAllText(shardPid).Trim() : "unknown";
            throw e is UnauthorizedAccessException
                ? new RunDirectoryException($"cannot write to the output directory {path}: {e.Message.TrimEnd('.')}")
                : new RunDirectoryException($"shard {shard} of {path} is already running ({holder}); wait for it to end");
        }

        try
        {
            File.WriteAllText(shardPid, $"pid {Environment.ProcessId} on {Environment.MachineName}\n");
            return new RunDirectory(path, shared, own, shardPid) { Warning = LockProblem(shardLock) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            own.Dispose();
            shared.Dispose();
            throw new RunDirectoryException($"cannot write to the output directory {path}: {e.Message.TrimEnd('.')}");
        }
    }

    /// <summary>The shards whose pid files are in <paramref name="path"/>: <c>K/N (pid P on HOST)</c>.</summary>
    public static List<string> RunningShards(string path)
    {
        string points = System.IO.Path.Combine(path, PointStore.DirectoryName);
        if (!Directory.Exists(points))
        {
            return [];
        }

        var running = new List<string>();
        foreach (string file in Directory.EnumerateFiles(points, "shard-*-of-*.pid").Order(StringComparer.Ordinal))
        {
            string[] parts = System.IO.Path.GetFileNameWithoutExtension(file).Split('-');
            try
            {
                if (!IsHeld(System.IO.Path.ChangeExtension(file, ".lock")))
                {
                    continue; // a shard killed without a chance to remove its pid file
                }

                running.Add($"{parts[1]}/{parts[3]}, {File.ReadAllText(file).Trim()}");
            }
            catch (IOException)
            {
                // the shard ended meanwhile
            }
        }

        return running;
    }

    /// <summary>The shard counts N that shards of this directory ran with (from their lock files), ascending.</summary>
    public static List<int> ShardCounts(string path)
    {
        string points = System.IO.Path.Combine(path, PointStore.DirectoryName);
        return !Directory.Exists(points)
            ? []
            : [.. Directory.EnumerateFiles(points, "shard-*-of-*.lock")
                .Select(f => System.IO.Path.GetFileNameWithoutExtension(f).Split('-'))
                .Select(parts => parts.Length == 4 && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0)
                .Where(n => n > 0)
                .Distinct()
                .Order()];
    }

    private static bool IsHeld(string lockPath)
    {
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // held, or another user's: either way not ours to call stale
        }
    }

    /// <summary>
    /// While this process holds a lock on <paramref name="lockPath"/>, a second exclusive open must fail; if it
    /// succeeds, locks do not work here and the returned text says so.
    /// </summary>
    private static string? LockProblem(string lockPath)
    {
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return $"file locks do not work in {System.IO.Path.GetDirectoryName(lockPath)} (a filesystem without a lock service, or DOTNET_SYSTEM_IO_DISABLEFILELOCKING); "
                + "runs, shards and merges cannot guard each other here — never merge while shards run, and never start a shard twice";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
            File.Delete(_pidPath);
        }
        catch (IOException)
        {
        }

        _shardLock?.Dispose();
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
        // temporary files of runs that died (kill -9, full disk), and pid files of killed shards: only this run may write
        // here now (a shard needs a shared hold of the lock this run holds exclusively)
        string points = System.IO.Path.Combine(Path, PointStore.DirectoryName);
        foreach (string leftover in Directory.EnumerateFiles(Path, "*.tmp-*").Concat(
            Directory.Exists(points)
                ? Directory.EnumerateFiles(points, "*.tmp-*").Concat(Directory.EnumerateFiles(points, "shard-*-of-*.pid"))
                : []))
        {
            File.Delete(leftover);
        }
    }
}
