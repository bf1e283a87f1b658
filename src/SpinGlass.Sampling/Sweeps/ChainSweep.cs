namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// The sweep a <see cref="MarkovChain"/> runs, chosen once when the chain is built: one virtual call per sweep, with
/// the loop inside specialised for the state's site view and the rule.
/// </summary>
internal abstract class ChainSweep
{
    /// <summary>What runs: the state's site view, a whole-sweep kernel, or the generic interface path.</summary>
    public abstract string Path { get; }

    /// <summary>One sweep (N attempted updates or one synchronous step); returns the number of flips.</summary>
    public abstract int Sweep();
}
