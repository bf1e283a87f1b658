using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// An acceptance rule over a state's site view. The zero-temperature rule asks only whether a flip lowers the cost
/// (<see cref="ISiteAccess.FlipLowersCost"/>) and draws nothing.
/// </summary>
internal readonly struct RuleDecision<TRule, TSites>(TSites sites, double beta) : ISiteDecision
    where TRule : struct, IAcceptance
    where TSites : struct, ISiteAccess
{
    private readonly TSites _sites = sites;
    private readonly double _beta = beta;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Decide(int i, Xoshiro256StarStar rng) =>
        typeof(TRule) == typeof(ZeroTemperatureAcceptance) ? _sites.FlipLowersCost(i) : TRule.Accept(_sites.FlipCost(i), _beta, rng);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int i) => _sites.Flip(i);
}
