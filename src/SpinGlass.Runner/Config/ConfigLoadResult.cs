using System.Diagnostics.CodeAnalysis;

namespace SpinGlass.Runner.Config;

/// <summary>The outcome of loading a config: either a resolved config or every error found.</summary>
public sealed class ConfigLoadResult
{
    private ConfigLoadResult(ResolvedConfig? config, IReadOnlyList<ConfigError> errors)
    {
        Config = config;
        Errors = errors;
    }

    /// <summary>The resolved config, or <see langword="null"/> when there are errors.</summary>
    public ResolvedConfig? Config { get; }

    /// <summary>All errors, ordered by source and position; empty on success.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>Whether the config is valid.</summary>
    [MemberNotNullWhen(true, nameof(Config))]
    public bool IsSuccess => Config is not null;

    internal static ConfigLoadResult Success(ResolvedConfig config) => new(config, []);

    internal static ConfigLoadResult Failure(IReadOnlyList<ConfigError> errors) => new(null, errors);
}
