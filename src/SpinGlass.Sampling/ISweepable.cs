namespace SpinGlass.Sampling;

/// <summary>A chain that advances by sweeps and counts its attempted and accepted single-spin updates.</summary>
public interface ISweepable
{
    /// <summary>Single-spin updates attempted so far.</summary>
    long Attempts { get; }

    /// <summary>Spin flips made so far.</summary>
    long Flips { get; }

    /// <summary>
    /// A short stable description of what actually runs — the sweep implementation and the random stream family — fixed
    /// when the sampler is built, for the record of a run (which engine produced these numbers).
    /// </summary>
    string Engine { get; }

    /// <summary>Performs one sweep (N attempted updates) and returns the number of spins flipped in it.</summary>
    int Sweep();
}
