using MathNet.Numerics;
using SpinGlass.Analysis.Exact;

namespace SpinGlass.Analysis.Tests.Exact;

public sealed class EllipticIntegralsTests
{
    [Fact]
    public void Both_integrals_equal_half_pi_at_zero_modulus()
    {
        Assert.Equal(Math.PI / 2, EllipticIntegrals.CompleteFirstKind(0), 15);
        Assert.Equal(Math.PI / 2, EllipticIntegrals.CompleteSecondKind(0), 15);
    }

    [Fact]
    public void First_kind_at_lemniscatic_modulus_equals_gamma_quarter_formula()
    {
        // 𝐊(1/√2) = Γ(1/4)² / (4√π).
        double expected = SpecialFunctions.Gamma(0.25) * SpecialFunctions.Gamma(0.25) / (4 * Math.Sqrt(Math.PI));
        Assert.Equal(expected, EllipticIntegrals.CompleteFirstKind(1 / Math.Sqrt(2)), 13);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void Legendre_relation_holds(double k)
    {
        double kp = Math.Sqrt(1 - k * k);
        double first = EllipticIntegrals.CompleteFirstKind(k), second = EllipticIntegrals.CompleteSecondKind(k);
        double firstP = EllipticIntegrals.CompleteFirstKind(kp), secondP = EllipticIntegrals.CompleteSecondKind(kp);
        Assert.Equal(Math.PI / 2, second * firstP + secondP * first - first * firstP, 12);
    }

    [Fact]
    public void Unit_modulus_gives_infinite_first_kind_and_unit_second_kind()
    {
        Assert.Equal(double.PositiveInfinity, EllipticIntegrals.CompleteFirstKind(1));
        Assert.Equal(1.0, EllipticIntegrals.CompleteSecondKind(1));
    }

    [Fact]
    public void Modulus_outside_unit_interval_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EllipticIntegrals.CompleteFirstKind(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => EllipticIntegrals.CompleteSecondKind(double.NaN));
    }
}
