using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// Where the spin-glass experiments (<c>exact</c>, <c>spin-glass</c>, <c>anneal</c>) get their energy model from
/// (docs/configs.md, <c>model:</c>): a couplings file (one fixed instance), a generated SK or Edwards–Anderson instance or a
/// Hopfield network with random patterns (disorder drawn from the trial's own stream), or a Hopfield network with
/// given patterns.
/// </summary>
public abstract class ModelSource
{
    /// <summary>The number of spins.</summary>
    public abstract int N { get; }

    /// <summary>The linear size of a lattice instance (EA), or 0.</summary>
    public virtual int L => 0;

    /// <summary>Whether <see cref="Create"/> draws the model from the stream (a new disorder sample per trial), or always returns the same model.</summary>
    public abstract bool IsRandom { get; }

    /// <summary>The kind, for summary.json and chart titles: <c>couplings</c>, <c>sk</c>, <c>ea</c>, <c>hopfield</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>A one-line description, e.g. <c>SK N = 64, Gaussian bonds of variance 1/N</c>.</summary>
    public abstract string Description { get; }

    /// <summary>The model of one disorder sample, drawing what it needs from <paramref name="rng"/> (nothing when not <see cref="IsRandom"/>).</summary>
    public abstract SourcedModel Create(Xoshiro256StarStar rng);
}

/// <summary>One instance: the model, its pairwise couplings when it has them, and the stored patterns of a Hopfield network.</summary>
/// <param name="Model">The energy model.</param>
/// <param name="Couplings">E = −Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i as a list of bonds and fields, or null when the model is not given so.</param>
/// <param name="Patterns">The stored patterns (Hopfield networks), or null.</param>
public sealed record SourcedModel(IEnergyModel Model, SpinGlass.Models.Couplings.BondList? Couplings, PatternSet? Patterns);
