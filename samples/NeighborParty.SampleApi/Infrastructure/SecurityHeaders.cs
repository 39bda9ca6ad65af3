namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Response headers for an API that carries personal data (security finding 10): nothing is cached by browsers or
/// proxies (<c>Cache-Control: no-store</c>) unless an endpoint says otherwise, and no response is content-sniffed
/// (<c>X-Content-Type-Options: nosniff</c>). The <c>Server</c> banner is switched off in Kestrel's options. The
/// dashboard's pages get a Content-Security-Policy that allows only this host's own files and API.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            headers.Remove("Server");
            if (((HttpContext)state).Request.Path.StartsWithSegments("/dashboard", StringComparison.Ordinal))
            {
                // The dashboard loads only its own files and talks only to this host: no CDN, no inline script.
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
