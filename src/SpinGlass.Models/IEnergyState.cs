namespace SpinGlass.Models;

/// <summary>A chain state of a Hamiltonian model: it also tracks the energy <c>E(s)</c>.</summary>
public interface IEnergyState : ISpinState
{
    /// <summary>The energy of the current configuration, maintained incrementally.</summary>
    double Energy { get; }
}
