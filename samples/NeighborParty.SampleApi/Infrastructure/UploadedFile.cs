namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>An uploaded ledger or activity file, read into memory once and told apart as .xlsx or CSV.</summary>
internal static class UploadedFile
{
    /// <summary>Reads the upload; an .xlsx is a zip, so it starts with "PK\x03\x04", anything else is read as CSV.</summary>
    /// <param name="file">The uploaded stream.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The buffered content (at position 0) and whether it is a workbook.</returns>
    public static async Task<(MemoryStream Content, bool IsWorkbook)> ReadAsync(Stream file, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var bytes = buffer.GetBuffer();
        var zip = buffer.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;
        return (buffer, zip);
    }
}
