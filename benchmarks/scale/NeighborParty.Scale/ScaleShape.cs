namespace NeighborParty.Scale;

/// <summary>
/// The shape of an N× Yanping district. 1× is the story's district as the issue measured it (6 streets, 210 compounds,
/// about 5,000 members and 20,000 activities over five years); N× has N times as many streets, each shaped the same, so
/// 100× is a province-size root: 600 streets, 21,000 compounds, 84,000 buildings, about 500,000 members, 2,000,000
/// activities, 100,000 requests, 20,000 partners, 10,500 covenants and the Red Stewards of every branch.
/// </summary>
/// <param name="Multiple">N.</param>
internal sealed record ScaleShape(int Multiple)
{
    public const int StreetsPerMultiple = 6;
    public const int CommunitiesPerStreet = 5;
    public const int CompoundsPerCommunity = 7;
    public const int BuildingsPerCompound = 4;
    public const int MembersPerCompound = 24;
    public const int ActivitiesPerMultiple = 20_000;
    public const int RequestsPerMultiple = 1_000;
    public const int PartnersPerMultiple = 200;

    /// <summary>Every n-th compound has no branch (a compound that should form one, or join a joint branch).</summary>
    public const int CompoundWithoutBranchEvery = 7;

    public int Streets => StreetsPerMultiple * Multiple;

    public int Compounds => Streets * CommunitiesPerStreet * CompoundsPerCommunity;

    public int Members => Compounds * MembersPerCompound;

    public int Activities => ActivitiesPerMultiple * Multiple;

    public int Requests => RequestsPerMultiple * Multiple;

    public int Partners => PartnersPerMultiple * Multiple;

    /// <summary>Gets the days the activities spread over: the five years before today.</summary>
    public static int ActivityDays => 5 * 365;

    public static ScaleShape Parse(string text) =>
        int.TryParse(text.TrimEnd('x', '×'), out var n) && n is >= 1 and <= 1000 ? new ScaleShape(n) : throw new ArgumentException($"A size is 1 to 1000 (e.g. 1, 10, 100), not '{text}'.");

    public override string ToString() => $"{Multiple}×";
}
