using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>One version of a covenant: its validity and state (its commitments and signatures carry its number). Immutable.</summary>
public sealed class CovenantVersion
{
    /// <summary>Initializes a new instance of the <see cref="CovenantVersion"/> class.</summary>
    /// <param name="number">The number, from 1.</param>
    /// <param name="state">The state.</param>
    /// <param name="validFrom">The first day of validity.</param>
    /// <param name="validTo">The last day of validity (not before <paramref name="validFrom"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1 or the validity ends before it starts.</exception>
    public CovenantVersion(int number, CovenantVersionState state, LocalDate validFrom, LocalDate validTo)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(validTo, validFrom);
        Number = number;
        State = state;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the state.</summary>
    public CovenantVersionState State { get; }

    /// <summary>Gets the first day of validity.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the last day of validity.</summary>
    public LocalDate ValidTo { get; }

    /// <summary>Gets the validity.</summary>
    public DateInterval Validity => new(ValidFrom, ValidTo);

    internal CovenantVersion WithValidity(DateInterval validity) => new(Number, State, validity.Start, validity.End);

    internal CovenantVersion WithState(CovenantVersionState state) => new(Number, state, ValidFrom, ValidTo);
}
