using Microsoft.AspNetCore.Http.Features;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Refuses request bodies over <see cref="InfrastructureExtensions.MaxRequestBodyBytes"/> on every server (Kestrel,
/// IIS, the test server): a declared length over the limit is answered 413 at once; an undeclared (chunked) body is
/// cut off when it passes the limit.
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // An endpoint may allow more (the ledger import); everything else gets the default.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? InfrastructureExtensions.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge();
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        else if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LimitedStream(context.Request.Body, limit);
        }

        return next(context);
    }

    internal static BadHttpRequestException TooLarge() =>
        new("The request body is larger than this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw TooLarge() : read;
        }
    }
}
