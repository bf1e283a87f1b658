using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class PatternSetEngineTests
{
    [Fact]
    public void The_engine_names_the_layout_and_the_vector_width_of_this_machine()
    {
        var rng = new Xoshiro256StarStar(1);
        string update = Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "scalar";
        string dot = Vector512.IsHardwareAccelerated && Avx512BW.IsSupported ? "Vector512" : Avx2.IsSupported ? "Vector256" : "scalar";
        Assert.Equal($"wide int16 rows; dot {dot}, update {update}", PatternSet.Random(50, 5, rng, PatternLayout.Wide).Engine);
        Assert.Equal($"packed bit rows; masked sum {update}, update {update}", PatternSet.Random(50, 5, rng, PatternLayout.Packed).Engine);
    }
}
