namespace SpinGlass.Runner.Config;

/// <summary>
/// A validated config: every parameter's value(s), defaults filled in, and the sweep over the
/// cartesian product of the sweepable parameters.
/// </summary>
public sealed class ResolvedConfig
{
    private readonly Dictionary<string, ResolvedParameter> _byPath;
    private readonly Dictionary<string, int> _axisIndex;
    private readonly Lazy<SweepPoint[]> _points;
    private readonly Lazy<string> _fingerprint;

    internal ResolvedConfig(string sourcePath, IReadOnlyList<ResolvedParameter> parameters, int threads)
    {
        SourcePath = sourcePath;
        Threads = threads;
        Parameters = parameters;
        _byPath = parameters.ToDictionary(p => p.Path, StringComparer.Ordinal);
        Axes = [.. parameters.Where(p => p.Spec.Sweepable).Select(p => new SweepAxis(p.Path, p.Spec.Kind, p.Values))];
        _axisIndex = Axes.Select((axis, i) => (axis.Path, i)).ToDictionary(a => a.Path, a => a.i, StringComparer.Ordinal);
        _points = new(CreatePoints);
        _fingerprint = new(() => ConfigFingerprint.Compute(Parameters, SourcePath));
    }

    /// <summary>The experiment kind (<c>experiment:</c>).</summary>
    public string Kind => GetText(CommonParameters.ExperimentPath);

    /// <summary>The run's name (<c>name:</c>; the default is the file name without extension).</summary>
    public string Name => GetText(CommonParameters.NamePath);

    /// <summary>The master seed (<c>seed:</c>). The default is 1.</summary>
    public ulong Seed => (ulong)GetInt(CommonParameters.SeedPath);

    /// <summary>Independent trials per point (<c>trials:</c>).</summary>
    public int Trials => (int)GetInt(CommonParameters.TrialsPath);

    /// <summary>
    /// The worker threads the run will have (<c>--threads</c>; the default is <see cref="Environment.ProcessorCount"/>):
    /// at most this many trials are in memory at once. Not part of the <see cref="Fingerprint"/>: results do not depend on it.
    /// </summary>
    public int Threads { get; }

    /// <summary>The (point, trial) tasks that run at once: <c>min(</c><see cref="Threads"/><c>, points × trials)</c>.</summary>
    public long ConcurrentTrials => Math.Clamp(PointCount * Trials, 1, Threads);

    /// <summary>The config file as given to the loader.</summary>
    public string SourcePath { get; }

    /// <summary>Every parameter that has a value, in declaration order (common keys first).</summary>
    public IReadOnlyList<ResolvedParameter> Parameters { get; }

    /// <summary>
    /// The sweepable parameters that have a value, in declaration order; the first is the outermost loop
    /// of <see cref="Points"/>. Axes of one value are included (see <see cref="SweepAxis.IsVarying"/>).
    /// </summary>
    public IReadOnlyList<SweepAxis> Axes { get; }

    /// <summary>The cartesian product of <see cref="Axes"/>, the last axis varying fastest.</summary>
    public IReadOnlyList<SweepPoint> Points => _points.Value;

    /// <summary>The number of points, the product of the axis lengths.</summary>
    public long PointCount => Axes.Aggregate(1L, (product, axis) => product * axis.Values.Count);

    /// <summary>
    /// SHA-256 (lower-case hex) of everything that affects results: kind, seed, trials, every
    /// parameter's values in order and the content of files keys name (a cue file). The name is left out. Equal fingerprints mean a run may be resumed.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>Whether the parameter has a value (given, or a default).</summary>
    public bool HasValue(string path) => _byPath.ContainsKey(path);

    /// <summary>Whether the config file or a <c>--set</c> gave the parameter.</summary>
    public bool IsGiven(string path) => _byPath.TryGetValue(path, out var parameter) && parameter.IsGiven;

    /// <summary>All values of the parameter (one for a scalar).</summary>
    /// <exception cref="KeyNotFoundException">The parameter has no value.</exception>
    public IReadOnlyList<object> Values(string path) =>
        _byPath.TryGetValue(path, out var parameter)
            ? parameter.Values
            : throw new KeyNotFoundException($"The config has no value for '{path}'.");

    /// <summary>The single integer value of a parameter that is not swept.</summary>
    public long GetInt(string path) => GetSingle(path) is long value ? value : throw NotKind(path, "an integer");

    /// <summary>The single real value of a parameter that is not swept (integers are converted).</summary>
    public double GetReal(string path) => GetSingle(path) switch
    {
        double value => value,
        long value => value,
        _ => throw NotKind(path, "a numeric"),
    };

    /// <summary>The single true/false value of a parameter that is not swept.</summary>
    public bool GetBool(string path) => GetSingle(path) is bool value ? value : throw NotKind(path, "a boolean");

    /// <summary>The single text or choice of a parameter that is not swept.</summary>
    public string GetText(string path) => GetSingle(path) as string ?? throw NotKind(path, "a text or choice");

    /// <summary>Whether <paramref name="key"/> has a value (given, or a default).</summary>
    public bool Has(ConfigKey key) => HasValue(Required(key).Path);

    /// <summary>Whether the config file or a <c>--set</c> gave <paramref name="key"/>.</summary>
    public bool IsGiven(ConfigKey key) => IsGiven(Required(key).Path);

    /// <summary>The single bound value of a key that is not swept.</summary>
    public T Get<T>(ConfigKey<T> key) => Required(key).Bind(GetSingle(key.Path));

    /// <summary>All bound values of a key, in the order given (one for a scalar).</summary>
    public IReadOnlyList<T> Values<T>(ConfigKey<T> key) => [.. Values(Required(key).Path).Select(key.Bind)];

    /// <summary>The resolved config as nested sorted dictionaries (lists stay lists), for echoing into results.</summary>
    public SortedDictionary<string, object> ToTree() => ConfigTree.Build(Parameters);

    internal object GetSingle(string path)
    {
        var values = Values(path);
        return values.Count == 1
            ? values[0]
            : throw new InvalidOperationException($"'{path}' is swept over {values.Count} values; read it from a sweep point.");
    }

    internal int AxisIndexOf(string path) => _axisIndex.TryGetValue(path, out var index) ? index : -1;

    private static TKey Required<TKey>(TKey key)
        where TKey : ConfigKey
    {
        ArgumentNullException.ThrowIfNull(key);
        return key;
    }

    private static InvalidOperationException NotKind(string path, string kind) => new($"'{path}' is not {kind} parameter.");

    private SweepPoint[] CreatePoints()
    {
        var points = new SweepPoint[checked((int)PointCount)];
        for (var index = 0; index < points.Length; index++)
        {
            var coordinates = new int[Axes.Count];
            for (int axis = Axes.Count - 1, rest = index; axis >= 0; axis--)
            {
                coordinates[axis] = rest % Axes[axis].Values.Count;
                rest /= Axes[axis].Values.Count;
            }

            points[index] = new SweepPoint(index, this, coordinates);
        }

        return points;
    }
}
