using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NodaTime;

namespace NeighborParty.Common;

/// <summary>
/// The continuation token of a keyset page: the sort key of the page's last item (a text or an instant, then the
/// item's id), URL-safe. It is opaque to callers and holds no personal data; a changed token only moves within the
/// caller's own scope, which every page query still checks.
/// </summary>
internal static class PageToken
{
    /// <summary>The code of a malformed token.</summary>
    public const string Malformed = "NP-GEN-009";

    public static string Of(string text, Guid id) => "s" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)) + "." + id.ToString("N");

    public static string Of(Instant at, Guid id) => "t" + at.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) + "." + id.ToString("N");

    public static string Of(int position) => "i" + position.ToString(CultureInfo.InvariantCulture) + "." + Guid.Empty.ToString("N");

    /// <summary>Reads a position token (a page of a list computed whole).</summary>
    /// <exception cref="RuleViolationException">The token is not a position token (<see cref="Malformed"/>).</exception>
    public static int Position(string token) =>
        Split(token, 'i', out var key, out _) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : throw Bad();

    /// <summary>Reads a text token.</summary>
    /// <exception cref="RuleViolationException">The token is not a text token of this kind (<see cref="Malformed"/>).</exception>
    public static (string Text, Guid Id) Text(string token)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        return Split(token, 's', out var key, out var id) && Base64Url.IsValid(key) && Base64Url.TryDecodeFromChars(key, bytes, out var length)
            ? (Encoding.UTF8.GetString(bytes, 0, length), id) : throw Bad();
    }

    /// <summary>Reads an instant token.</summary>
    /// <exception cref="RuleViolationException">The token is not an instant token (<see cref="Malformed"/>).</exception>
    public static (Instant At, Guid Id) Instant(string token) =>
        Split(token, 't', out var key, out var id) && long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks)
            && ticks > NodaTime.Instant.MinValue.ToUnixTimeTicks() && ticks < NodaTime.Instant.MaxValue.ToUnixTimeTicks()
            ? (NodaTime.Instant.FromUnixTimeTicks(ticks), id) : throw Bad();

    private static bool Split(string token, char kind, out string key, out Guid id)
    {
        (key, id) = (string.Empty, Guid.Empty);
        if (token is not { Length: > 34 and <= 600 } || token[0] != kind)
        {
            return false;
        }

        var dot = token.LastIndexOf('.');
        key = dot > 0 ? token[1..dot] : string.Empty;
        return dot > 0 && Guid.TryParseExact(token[(dot + 1)..], "N", out id);
    }

    private static RuleViolationException Bad() => new(new RuleViolation(Malformed,
        "The page token is not one this list gave out: start again from the first page.",
        "分页标记无效：请从第一页重新开始。", target: "after"));
}
