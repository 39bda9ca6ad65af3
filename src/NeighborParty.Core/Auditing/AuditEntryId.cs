using NeighborParty.Common;
using NeighborParty.Domain;

namespace NeighborParty.Auditing;

/// <summary>
/// Identifies an <see cref="AuditEntry"/>: a version 7 GUID (RFC 9562) whose millisecond timestamp is followed by a
/// counter, so that ids made in this process sort in the order they were made, also within one millisecond — in
/// memory, as SQLite text and as a PostgreSQL <c>uuid</c>.
/// </summary>
/// <param name="Value">The GUID.</param>
public readonly record struct AuditEntryId(Guid Value) : IStronglyTypedId<AuditEntryId>
{
    /// <inheritdoc />
    public static AuditEntryId From(Guid value) => new(value);

    private static readonly Lock Gate = new();
    private static long _lastMilliseconds = long.MinValue;
    private static long _counter;

    /// <summary>Creates an id for a change at <paramref name="at"/>, later than every id made before in this process.</summary>
    /// <param name="at">When the change happened.</param>
    /// <returns>The id.</returns>
    public static AuditEntryId New(NodaTime.Instant at)
    {
        long milliseconds;
        long counter;
        lock (Gate)
        {
            milliseconds = Math.Max(at.ToUnixTimeMilliseconds(), 0);
            if (milliseconds <= _lastMilliseconds)
            {
                milliseconds = _lastMilliseconds;
                counter = ++_counter;
            }
            else
            {
                _lastMilliseconds = milliseconds;
                counter = _counter = 0;
            }
        }

        // 48-bit time, version 7, 12 + 30 bits of counter, variant, 32 random bits.
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (40 - (8 * i)));
        }

        var randA = (counter >> 30) & 0xFFF;
        bytes[6] = (byte)(0x70 | (randA >> 8));
        bytes[7] = (byte)randA;
        var randB = ((counter & 0x3FFF_FFFF) << 32) | (uint)Random.Shared.Next();
        bytes[8] = (byte)(0x80 | ((randB >> 56) & 0x3F));
        for (var i = 9; i < 16; i++)
        {
            bytes[i] = (byte)(randB >> (8 * (15 - i)));
        }

        return new(new Guid(bytes, bigEndian: true));
    }

    /// <inheritdoc />
    public int CompareTo(AuditEntryId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => StronglyTypedId.Compare(this, obj);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is earlier.</returns>
    public static bool operator <(AuditEntryId left, AuditEntryId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is later.</returns>
    public static bool operator >(AuditEntryId left, AuditEntryId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is not later.</returns>
    public static bool operator <=(AuditEntryId left, AuditEntryId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is not earlier.</returns>
    public static bool operator >=(AuditEntryId left, AuditEntryId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
