using System.Globalization;

namespace SpinGlass.Runner.Cluster;

/// <summary>Shard <see cref="Index"/> (0-based) of <see cref="Count"/>: what <c>run --shard K/N</c> computes (docs/cluster.md).</summary>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>The most shards a run may be split into by hand (<c>spinglass slurm</c> allows fewer: Slurm's array limit).</summary>
    public const int MaxCount = 100_000;

    /// <summary>Parses <c>K/N</c>; on failure <paramref name="problem"/> says what is wrong and what is allowed.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        string[] parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            problem = $"--shard: '{text}' is not K/N (shard K, 0-based, of N, e.g. --shard 0/4)";
            return null;
        }

        if (count < 1 || count > MaxCount)
        {
            problem = $"--shard: N = {count} is outside 1 … {MaxCount}";
            return null;
        }

        if (index >= count)
        {
            problem = $"--shard: K = {index} is outside 0 … {count - 1} (shards are numbered from 0 to N − 1)";
            return null;
        }

        problem = null;
        return new Shard(index, count);
    }

    /// <summary>The file-name stem of this shard's lock and pid files: <c>shard-K-of-N</c>.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}-of-{Count}");

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
