using System.Security.Cryptography;

namespace NeighborParty.Common;

/// <summary>
/// Makes version 7 GUIDs (RFC 9562) like <see cref="Guid.CreateVersion7()"/> — a 48-bit Unix-millisecond timestamp
/// followed by 74 bits from the operating system's cryptographic generator — but draws those random bits 4 KB at a
/// time, per thread, instead of asking the operating system once per GUID.
/// </summary>
/// <remarks>
/// On some hosts (containers, sandboxed kernels) each request for random bytes is a system call that costs more than
/// a microsecond, and a bulk import makes one id per row. The GUIDs are as unpredictable as
/// <see cref="Guid.CreateVersion7()"/>'s. The timestamp is the system time, as there (read through NodaTime's
/// <see cref="NodaTime.SystemClock"/>): it only orders rows in an index and never stands for business time, which
/// comes from the <see cref="NodaTime.IClock"/> the library is given.
/// </remarks>
internal static class GuidVersion7
{
    private const int BufferSize = 4096;

    [ThreadStatic]
    private static byte[]? _random;

    [ThreadStatic]
    private static int _used;

    /// <summary>Returns a new version 7 GUID.</summary>
    /// <returns>The GUID.</returns>
    public static Guid New()
    {
        var random = _random ??= new byte[BufferSize];
        if (_used == 0 || _used + 10 > BufferSize)
        {
            RandomNumberGenerator.Fill(random);
            _used = 0;
        }

        Span<byte> bytes = stackalloc byte[16];
        random.AsSpan(_used, 10).CopyTo(bytes[6..]); // each random byte is handed out once
        _used += 10;
        var milliseconds = NodaTime.SystemClock.Instance.GetCurrentInstant().ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (40 - (8 * i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10
        return new Guid(bytes, bigEndian: true);
    }
}
