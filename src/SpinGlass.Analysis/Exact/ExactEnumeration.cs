using System.Numerics;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The exact Boltzmann distribution <c>P(s) = e^{−βE(s)}/Z</c> of any <see cref="IEnergyModel"/> with
/// <c>N ≤ 20</c> spins, by enumerating all <c>2^N</c> configurations.
/// </summary>
/// <remarks>
/// Configuration index (<see cref="ConfigurationIndex"/>) <c>c ∈ [0, 2^N)</c>: bit <c>i</c> set ↔ <c>s_i = +1</c>, clear ↔
/// <c>s_i = −1</c>. The energies come from a Gray-code walk (one <see cref="ISpinState.Flip"/> per configuration; every
/// 4096 flips the tracked energy is checked against <see cref="IEnergyModel.Energy"/> and the state rebuilt, bounding
/// rounding drift). Weights are normalised in log space relative to the ground state, so no β overflows; β = 0 gives the uniform distribution and β = ∞ the uniform distribution over the ground states
/// (energies within 1e-9·max(1, |E₀|) of <c>E₀</c>). This is the reference of the χ² sampler tests, as in
/// SpinMonteCarlo.jl and NetKet.
/// </remarks>
public static class ExactEnumeration
{
    /// <summary>The largest <c>N</c> enumerated (<c>2^20 ≈ 10⁶</c> configurations).</summary>
    public const int MaxSpins = 20;

    private const int ResyncInterval = 4096;

    /// <summary>The energy <c>E(s)</c> of every configuration index.</summary>
    /// <param name="model">A model with <c>N ≤ 20</c> spins.</param>
    /// <exception cref="ArgumentException"><c>N &gt; 20</c>.</exception>
    /// <exception cref="InvalidOperationException">The chain state's tracked energy disagrees with <c>E(s)</c>.</exception>
    public static double[] Energies(IEnergyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.N;
        if (n > MaxSpins || n < 1)
        {
            throw new ArgumentException($"Exact enumeration needs 1 ≤ N ≤ {MaxSpins}, got N = {n}.", nameof(model));
        }

        var spins = new sbyte[n];
        Array.Fill(spins, (sbyte)-1);
        var state = model.CreateState(spins);
        var energies = new double[1 << n];
        energies[0] = state.Energy;
        for (int step = 1; step < energies.Length; step++)
        {
            state.Flip(BitOperations.TrailingZeroCount(step));
            if (step % ResyncInterval == 0 || step == energies.Length - 1)
            {
                state.Spins.CopyTo(spins);
                Resync(model, state, spins);
            }

            energies[step ^ (step >> 1)] = state.Energy;
        }

        return energies;
    }

    /// <summary>The exact distribution and thermal averages of <paramref name="model"/> at inverse temperature β.</summary>
    /// <param name="model">A model with <c>N ≤ 20</c> spins.</param>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    /// <exception cref="ArgumentException"><c>N &gt; 20</c>.</exception>
    public static EnumerationResult Compute(IEnergyModel model, double beta)
    {
        ExactGuards.RequireBeta(beta);
        return Compute(Energies(model), beta);
    }

    /// <summary>The exact distribution and thermal averages from precomputed energies (see <see cref="Energies"/>).</summary>
    /// <param name="energies">The energy of every configuration index, <c>2^N</c> entries.</param>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    public static EnumerationResult Compute(ReadOnlySpan<double> energies, double beta)
    {
        ExactGuards.RequireBeta(beta);
        if (energies.Length < 2 || !BitOperations.IsPow2(energies.Length) || energies.Length > 1 << MaxSpins)
        {
            throw new ArgumentException("Expected 2^N energies with 1 ≤ N ≤ 20.", nameof(energies));
        }

        int n = BitOperations.Log2((uint)energies.Length);
        double e0 = double.PositiveInfinity;
        foreach (double e in energies)
        {
            e0 = Math.Min(e0, e);
        }

        bool groundOnly = double.IsPositiveInfinity(beta);
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(e0));
        var p = new double[energies.Length];
        var z = default(CompensatedSum);
        for (int c = 0; c < p.Length; c++)
        {
            double excess = energies[c] - e0;
            p[c] = groundOnly ? (excess <= tolerance ? 1 : 0) : Math.Exp(-beta * excess);
            z.Add(p[c]);
        }

        CompensatedSum sumE = default, sumAbsM = default, sumM2 = default, sumM4 = default;
        for (int c = 0; c < p.Length; c++)
        {
            p[c] /= z.Value;
            double m = ConfigurationIndex.Magnetisation(c, n), mSquared = m * m;
            sumE.Add(p[c] * energies[c]);
            sumAbsM.Add(p[c] * Math.Abs(m));
            sumM2.Add(p[c] * mSquared);
            sumM4.Add(p[c] * mSquared * mSquared);
        }

        double meanE = sumE.Value, absM = sumAbsM.Value, m2 = sumM2.Value, m4 = sumM4.Value;
        CompensatedSum sumVarE = default, sumVarAbsM = default;
        for (int c = 0; c < p.Length; c++)
        {
            double dE = energies[c] - meanE, dM = Math.Abs(ConfigurationIndex.Magnetisation(c, n)) - absM;
            sumVarE.Add(p[c] * dE * dE);
            sumVarAbsM.Add(p[c] * dM * dM);
        }

        double varE = sumVarE.Value, varAbsM = sumVarAbsM.Value;

        double logZ = groundOnly
            ? (e0 == 0 ? Math.Log(z.Value) : e0 < 0 ? double.PositiveInfinity : double.NegativeInfinity)
            : -beta * e0 + Math.Log(z.Value);
        double heat = groundOnly ? 0 : beta * beta * varE / n;
        double chi = groundOnly ? (varAbsM == 0 ? 0 : double.PositiveInfinity) : beta * n * varAbsM;
        double binder = m2 == 0 ? double.NaN : 1 - m4 / (3 * m2 * m2);
        return new EnumerationResult(beta, n, p, logZ, e0, meanE / n, heat, absM, m2, m4, chi, binder);
    }

    /// <summary>The configuration index of <paramref name="spins"/> (bit <c>i</c> set ↔ <c>s_i = +1</c>); see <see cref="ConfigurationIndex"/>.</summary>
    /// <param name="spins">A configuration of <c>N ≤ 20</c> spins ±1.</param>
    public static int IndexOf(ReadOnlySpan<sbyte> spins) => ConfigurationIndex.FromSpins(spins);

    private static void Resync(IEnergyModel model, IEnergyState state, sbyte[] spins)
    {
        double tracked = state.Energy, exact = model.Energy(spins);
        if (Math.Abs(tracked - exact) > 1e-9 * Math.Max(1, Math.Abs(exact)))
        {
            throw new InvalidOperationException(
                $"{model.Description}: the chain state tracks E = {tracked} but E(s) = {exact} from scratch.");
        }

        state.SetSpins(spins);
    }
}
