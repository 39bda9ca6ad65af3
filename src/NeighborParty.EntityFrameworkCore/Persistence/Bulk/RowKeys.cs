using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// Keys for owned rows written in bulk (a member's relationship history, an activity's members): 64 random bits drawn
/// once per process followed by a 64-bit counter, so a key costs an increment instead of a call for random bytes.
/// </summary>
/// <remarks>
/// An owned row's key is only its identity within its table (nothing refers to it and nobody sees it); two processes
/// repeat a prefix with a chance of one in 2⁶⁴. Thread-safe.
/// </remarks>
internal static class RowKeys
{
    private static readonly ulong Prefix = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
    private static long _counter;

    /// <summary>Returns a key no other call of this process returns.</summary>
    /// <returns>The key.</returns>
    public static Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, Prefix);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], Interlocked.Increment(ref _counter));
        return new Guid(bytes, bigEndian: true);
    }
}
