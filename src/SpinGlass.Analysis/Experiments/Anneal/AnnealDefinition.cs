using SpinGlass.Sampling;
using SpinGlass.Sampling.Annealing;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>
/// The <c>anneal</c> experiment: simulated annealing as an optimiser of any energy model, from a random start through a
/// β schedule, keeping the lowest energy seen; best energy and success (reaching the ground energy) against the sweep budget.
/// </summary>
/// <param name="Points">The (model, sweeps) points in output order.</param>
/// <param name="Schedule">Linear or geometric spacing in β.</param>
/// <param name="BetaStart">β of the first step.</param>
/// <param name="BetaEnd">β of the last step.</param>
/// <param name="Steps">The number of β values, or null: one per <see cref="SweepsPerStep"/> sweeps, else one per sweep.</param>
/// <param name="SweepsPerStep">Sweeps per β value (the steps follow from the budget), or null.</param>
/// <param name="Rule">Metropolis or Glauber.</param>
/// <param name="TargetEnergy">The known ground energy of a fixed instance, or null: enumerated when N ≤ 24, else unknown.</param>
/// <param name="Tolerance">A run succeeds when its best energy is at most the target plus this.</param>
/// <param name="Trials">Independent runs per point; trial k of a random model anneals instance k of its model at every budget.</param>
/// <param name="Seed">The run's master seed, from which the instances of a random model are drawn per (model, trial).</param>
/// <param name="Method">Simulated annealing, or parallel tempering as an optimiser.</param>
/// <param name="Temperatures">The tempering ladder\'s size K (walkers share the sweep budget).</param>
public sealed record AnnealDefinition(
    IReadOnlyList<AnnealPoint> Points,
    ScheduleKind Schedule,
    double BetaStart,
    double BetaEnd,
    int? Steps,
    int? SweepsPerStep,
    UpdateRule Rule,
    double? TargetEnergy,
    double Tolerance,
    int Trials,
    ulong Seed,
    AnnealMethod Method = AnnealMethod.Annealing,
    int Temperatures = 16)
{
    /// <summary>
    /// The schedule of a run of <paramref name="sweeps"/> sweeps: <see cref="Steps"/> β values, or ⌈S / sweeps_per_step⌉,
    /// or S (one sweep at each β), never more steps than sweeps.
    /// </summary>
    public AnnealingSchedule ScheduleFor(int sweeps)
    {
        long steps = Steps ?? (SweepsPerStep is { } per ? ((long)sweeps + per - 1) / per : sweeps);
        return new AnnealingSchedule(Schedule, BetaStart, BetaEnd, (int)Math.Clamp(steps, 1, Math.Max(1, sweeps))).Validated();
    }
}
