namespace NeighborParty.Organization;

/// <summary>
/// What a district calls one kind of place: the five place kinds are the tree's slots (district → street → community →
/// compound → building); a schema names them for its own frame, e.g. a grid district's compound slot is the grid
/// (网格), a rural county's are the county (县), township (乡镇), village (村) and villagers' group (村民小组).
/// </summary>
/// <param name="Kind">The place kind.</param>
/// <param name="Name">The Chinese name, such as 网格.</param>
/// <param name="NameEn">The English name, such as <c>Grid</c>.</param>
public sealed record PlaceLevelName(PlaceKind Kind, string Name, string NameEn);
