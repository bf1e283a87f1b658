using System.Text;

namespace SpinGlass.Runner.Output;

/// <summary>Writes files atomically: to a temporary sibling, then renamed over the target, so a reader or an
/// interrupted run never sees a half-written file.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes through <paramref name="write"/> to a temporary sibling and renames it over <paramref name="path"/>;
    /// on failure (a full disk) the temporary file is removed and the target left as it was.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        // the host as well as the process: shards on several machines may write the same shared file (the manifest)
        string temporary = $"{path}.tmp-{Environment.MachineName}-{Environment.ProcessId}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
