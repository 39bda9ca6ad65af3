using System.Text;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// Opens a CSV file in the encodings district offices send: UTF-8 (with or without a byte-order mark) and GB18030, the
/// superset of GBK that Excel on a Chinese Windows uses when it saves "CSV (逗号分隔)". The first 64 KB decide: valid
/// UTF-8 is read as UTF-8, anything else that decodes as GB18030 as GB18030; UTF-16 and binary files are refused with
/// <c>NP-CSV-007</c>. Decoding is strict either way, so a bad byte later in the file is a malformed file
/// (<c>NP-CSV-003</c>), never a replacement character in someone's name.
/// </summary>
internal static class CsvEncoding
{
    /// <summary>The code of a file in an encoding the importers do not read.</summary>
    public const string UnsupportedEncoding = "NP-CSV-007";

    private const int Probe = 64 * 1024;

    /// <summary>Gets GB18030 (code page 54936) with strict decoding, without registering a provider for the whole process.</summary>
    public static Encoding Gb18030 { get; } = Strict(CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new PlatformNotSupportedException("GB18030 is not available on this platform."));

    /// <summary>Gets UTF-8 with strict decoding.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Opens <paramref name="file"/> for reading as text, or says why it cannot be read.</summary>
    /// <param name="file">The file (need not seek).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A reader (the caller disposes it; the file stays open), or the error to report.</returns>
    public static async Task<(CsvText? Text, LedgerRowError? Failure)> OpenAsync(Stream file, CancellationToken cancellationToken)
    {
        var prefix = new byte[Probe];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = await file.ReadAsync(prefix.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        var head = prefix.AsSpan(0, length);
        var atEnd = length < prefix.Length;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.IndexOf((byte)0) >= 0)
        {
            return (null, Unsupported("UTF-16 or a binary file"));
        }

        var body = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        Encoding? encoding = IsUtf8(body, atEnd) ? Utf8 : Decodes(Gb18030, body, atEnd) ? Gb18030 : null;
        if (encoding is null)
        {
            return (null, Unsupported("neither UTF-8 nor GB18030"));
        }

        var stream = new PrefixedStream(prefix, length, file);
        return (new CsvText(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: encoding == Utf8, 16 * 1024, leaveOpen: true), encoding != Utf8), null);
    }

    private static LedgerRowError Unsupported(string what) => new(1, "", UnsupportedEncoding,
        $"The file is {what}: save it as CSV in UTF-8 or GB18030/GBK (Excel: \"CSV UTF-8\" or \"CSV (逗号分隔)\").",
        "文件编码无法识别：请另存为 UTF-8 或 GB18030/GBK 编码的 CSV（Excel 中选择“CSV UTF-8”或“CSV（逗号分隔）”）。");

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool atEnd) => Decodes(Utf8, bytes, atEnd);

    /// <summary>Whether <paramref name="bytes"/> decode strictly; a sequence cut by the end of the probe is not held against them.</summary>
    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes, bool atEnd)
    {
        var decoder = encoding.GetDecoder();
        try
        {
            Span<char> chars = new char[encoding.GetMaxCharCount(bytes.Length)];
            decoder.Convert(bytes, chars, flush: atEnd, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }

    /// <summary>The bytes already read, then the rest of the file.</summary>
    private sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < length)
            {
                var n = Math.Min(buffer.Length, length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _position < length ? Read(buffer.Span) : await rest.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A CSV file opened as text, and whether it was read in a legacy encoding (GB18030) rather than UTF-8.</summary>
/// <param name="Reader">The text.</param>
/// <param name="IsLegacyEncoding">Whether the file was not UTF-8.</param>
internal sealed record CsvText(TextReader Reader, bool IsLegacyEncoding) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Reader.Dispose();
}
