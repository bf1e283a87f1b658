using System.Globalization;
using System.Text.RegularExpressions;

namespace SpinGlass.Runner.Cluster;

/// <summary>Slurm's time and memory formats, checked before anything is written.</summary>
internal static partial class SlurmTime
{
    /// <summary>
    /// Parses a Slurm time limit: <c>MM</c>, <c>MM:SS</c>, <c>HH:MM:SS</c>, <c>D-HH</c>, <c>D-HH:MM</c>, <c>D-HH:MM:SS</c>;
    /// null when <paramref name="text"/> is none of these.
    /// </summary>
    public static TimeSpan? Parse(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["days"].Success)
        {
            // D-HH[:MM[:SS]]
            return new TimeSpan(Part("days"), Part("h"), Part("m"), Part("s"));
        }

        string[] parts = text.Split(':');
        int[] numbers = [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        return numbers.Length switch
        {
            1 => TimeSpan.FromMinutes(numbers[0]),
            2 => new TimeSpan(0, numbers[0], numbers[1]),
            _ => new TimeSpan(numbers[0], numbers[1], numbers[2]),
        };
    }

    /// <summary>Whether <paramref name="text"/> is a Slurm memory size: a whole number with an optional unit K, M, G or T.</summary>
    public static bool IsMemory(string text) => MemoryPattern().IsMatch(text);

    [GeneratedRegex(@"^(?:(?<days>[0-9]{1,3})-(?<h>[0-9]{1,2})(?::(?<m>[0-9]{1,2})(?::(?<s>[0-9]{1,2}))?)?|[0-9]{1,6}(?::[0-9]{1,2}){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[1-9][0-9]{0,9}[KMGT]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MemoryPattern();
}
