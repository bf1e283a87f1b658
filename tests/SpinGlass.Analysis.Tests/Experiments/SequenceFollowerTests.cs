using SpinGlass.Analysis.Experiments.Sequence;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class SequenceFollowerTests
{
    [Fact]
    public void A_stepping_run_on_schedule_is_completed_with_unit_dwell()
    {
        var follower = Follow(p: 3, cyclic: true, stepping: true, sweeps: 7, t => Peak(3, t % 3, 0.95));
        Assert.True(follower.Completed);
        Assert.Equal(7, follower.Transitions);
        Assert.Equal(1.0, follower.DwellTime);
        Assert.Equal(0.95, follower.Overlap, 12);
    }

    [Fact]
    public void A_stepping_run_that_misses_one_step_fails_and_stops_counting()
    {
        var follower = Follow(p: 4, cyclic: true, stepping: true, sweeps: 8, t => t == 6 ? Peak(4, 1, 0.95) : Peak(4, t % 4, 0.95));
        Assert.False(follower.Completed);
        Assert.Equal(5, follower.Transitions);
    }

    [Fact]
    public void An_open_stepping_sequence_is_judged_up_to_its_last_pattern()
    {
        // after ξᵖ (t = p − 1) nothing is stored to step to: what follows does not count
        var follower = Follow(p: 3, cyclic: false, stepping: true, sweeps: 10, t => t <= 2 ? Peak(3, t, 0.9) : new double[3]);
        Assert.True(follower.Completed);
        Assert.Equal(2, follower.Transitions);
        Assert.Equal(2, follower.Required);
    }

    [Fact]
    public void A_dwelling_run_may_pass_through_unreached_states_and_must_go_once_around()
    {
        // dwell 4 sweeps per pattern with one in-between sweep (no pattern reached) at each switch
        static double[] At(int t)
        {
            if (t == 0)
            {
                return Peak(3, 0, 1);
            }

            int phase = (t - 1) % 4;
            int pattern = ((t - 1) / 4 + 1) % 3;
            return phase == 0 ? Peak(3, pattern, 0.6) : Peak(3, pattern, 0.98);
        }

        var follower = Follow(p: 3, cyclic: true, stepping: false, sweeps: 14, At);
        Assert.True(follower.Completed);
        Assert.Equal(4, follower.Transitions);
        Assert.Equal(4.0, follower.DwellTime);

        // ending in the middle of a switch (one unreached sweep, as long as the earlier switches) still counts
        var midSwitch = Follow(p: 3, cyclic: true, stepping: false, sweeps: 13, At);
        Assert.True(midSwitch.Completed);
        Assert.Equal(3, midSwitch.Transitions);

        var tooShort = Follow(p: 3, cyclic: true, stepping: false, sweeps: 9, At);
        Assert.False(tooShort.Completed);
        Assert.Equal(2, tooShort.Transitions);
    }

    [Fact]
    public void A_skipped_pattern_a_stuck_network_and_a_lost_ending_all_fail()
    {
        var skip = Follow(p: 4, cyclic: true, stepping: false, sweeps: 12, t => Peak(4, t < 3 ? 0 : t < 6 ? 2 : 3, 0.99));
        Assert.False(skip.Completed);
        Assert.Equal(0, skip.Transitions);

        var stuck = Follow(p: 4, cyclic: true, stepping: false, sweeps: 12, _ => Peak(4, 0, 0.99));
        Assert.False(stuck.Completed);
        Assert.True(double.IsNaN(stuck.DwellTime));

        var lost = Follow(p: 2, cyclic: true, stepping: false, sweeps: 9, t => t < 8 ? Peak(2, t / 3 % 2, 0.99) : Peak(2, 1, 0.3));
        Assert.Equal(2, lost.Transitions);
        Assert.False(lost.Completed);
    }

    private static SequenceFollower Follow(int p, bool cyclic, bool stepping, int sweeps, Func<int, double[]> overlaps)
    {
        var follower = new SequenceFollower(p, cyclic, stepping, 0.9 - 1e-9, sweeps);
        for (int t = 0; t <= sweeps; t++)
        {
            follower.Observe(overlaps(t));
        }

        return follower;
    }

    private static double[] Peak(int p, int mu, double m)
    {
        var overlaps = new double[p];
        overlaps[mu] = m;
        return overlaps;
    }
}
