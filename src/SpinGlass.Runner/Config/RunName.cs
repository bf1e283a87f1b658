namespace SpinGlass.Runner.Config;

/// <summary>Checks the run's name, which becomes a directory name (<c>results/NAME/</c>).</summary>
internal static class RunName
{
    /// <summary>What is wrong with <paramref name="name"/> as a directory name, or <see langword="null"/>.</summary>
    public static string? Problem(string name) =>
        name is "." or ".." || name.Any(c => c is '/' or '\\' || char.IsControl(c))
            ? $"'{name}' cannot be a directory name (results/NAME/); use letters, digits, '.', '-' and '_'"
            : null;
}
