namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// A value computed once by the first caller while later callers wait for it; a failed or cancelled computation is not
/// kept, so the next caller tries again (unlike <see cref="Lazy{T}"/>, which caches the exception).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class Once<T>
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;

    /// <summary>The value, computing it with <paramref name="create"/> if no caller has yet.</summary>
    public T GetOrCreate(Func<T> create)
    {
        lock (_gate)
        {
            return _value ??= create();
        }
    }
}
