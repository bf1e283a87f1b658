#:project ../src/SpinGlass.Sampling/SpinGlass.Sampling.csproj
// Store the letters A–E in a Hopfield network (N = 100), cue A with 15 of its bits flipped, and relax it sweep by sweep
// at T = 0, printing the energy and the overlap with every letter. Run: dotnet run examples/letters.cs
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

const string letters = "ABCDE";
var patterns = LetterPatterns.Create(letters);
var network = new HopfieldNetwork(patterns);
var rng = new Xoshiro256StarStar(42);
var cue = Cues.Flip(LetterPatterns.Letter('A'), 0.15, rng);
var state = (IEnergyState)network.CreateState(cue);
var chain = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), rng);

Console.WriteLine($"sweep,energy,{string.Join(',', letters.Select(c => $"m_{c}"))}");
Print(0);
var relaxation = chain.RunToFixedPoint(100, () => Print((int)chain.Sweeps));
Console.WriteLine($"# fixed point: {relaxation.Converged} after {relaxation.Sweeps} sweeps");

void Print(int sweep)
{
    var overlaps = Enumerable.Range(0, patterns.P).Select(mu => (double)patterns.Overlap(mu, state.Spins) / patterns.N);
    Console.WriteLine($"{sweep},{state.Energy:F4},{string.Join(',', overlaps.Select(m => m.ToString("F2")))}");
}
