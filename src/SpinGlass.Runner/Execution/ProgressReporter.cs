using System.Diagnostics;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// Progress on stderr: a redrawn bar (points done, ETA) on a terminal; a plain line every few seconds when
/// stderr is redirected. ETA weighs each trial by its relative cost.
/// </summary>
internal sealed class ProgressReporter(TextWriter writer, bool interactive, bool quiet = false)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = new();
    private double[] _trialCost = [];
    private double _totalCost;
    private double _doneCost;
    private int _points;
    private int _pointsDone;
    private int _trials;
    private TimeSpan? _lastDraw;

    public void Start(int points, int alreadyDone, double[] trialCost, IEnumerable<int> pending, int trials)
    {
        _points = points;
        _pointsDone = alreadyDone;
        _trialCost = trialCost;
        _trials = trials;
        _totalCost = pending.Sum(p => trialCost[p]) * trials;
        _doneCost = 0;
        _clock.Restart();
        if (alreadyDone > 0 && !quiet)
        {
            writer.WriteLine($"resuming: {alreadyDone} of {points} points already finished");
        }
    }

    public void TrialDone(int point)
    {
        lock (_lock)
        {
            _doneCost += _trialCost[point];
            Draw(force: false);
        }
    }

    public void PointDone()
    {
        lock (_lock)
        {
            _pointsDone++;
            Draw(force: false);
        }
    }

    public void Stop()
    {
        lock (_lock)
        {
            Draw(force: true);
            if (interactive && !quiet)
            {
                writer.WriteLine();
            }
        }
    }

    private void Draw(bool force)
    {
        var now = _clock.Elapsed;
        var interval = interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
        if (quiet || (!force && _lastDraw is TimeSpan last && now - last < interval))
        {
            return;
        }

        _lastDraw = now;
        double remainingCost = _totalCost - _doneCost;
        double fraction = _totalCost <= 0 ? 1 : _doneCost / _totalCost;
        string eta = _doneCost > 0 ? Format(TimeSpan.FromSeconds(now.TotalSeconds * remainingCost / _doneCost)) : "--:--";
        string status = $"{_pointsDone}/{_points} points  elapsed {Format(now)}  ETA {eta}";
        if (interactive)
        {
            int filled = (int)Math.Round(30 * fraction);
            writer.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {status}   ");
        }
        else
        {
            writer.WriteLine($"progress: {status} ({_trials} trials per point)");
        }

        writer.Flush();
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss") : t.ToString(@"mm\:ss");
}
