namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>How the <c>anneal</c> experiment searches for low energies (<c>method</c>).</summary>
public enum AnnealMethod
{
    /// <summary>Simulated annealing: one chain through a β schedule.</summary>
    Annealing,

    /// <summary>Parallel tempering: a fixed geometric ladder of walkers with exchanges, the best energy any of them reaches.</summary>
    Tempering,
}
