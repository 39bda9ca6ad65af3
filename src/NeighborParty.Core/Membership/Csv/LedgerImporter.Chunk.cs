using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership.Csv;

/// <content>A chunk of good rows: one lookup of their ID-card numbers, then — while the file is good — one part of the commit.</content>
public sealed partial class LedgerImporter
{
    /// <summary>
    /// How many ID-card numbers one query looks up. Small enough that PostgreSQL's planner, with its default costs, still
    /// prefers the unique index to a full scan of a province's ledger (4,096 numbers a query were planned as a scan of
    /// 500,000 rows: 80–150 ms instead of a few); large enough that a chunk needs only a few queries.
    /// </summary>
    private const int IdNumbersPerQuery = 512;

    private sealed record Row(int Line, MemberDetails Details, IdCardNumber IdCard, PhoneNumber Phone, MemberRelationship Relationship, HierarchyPath? UnitPath,
        PlaceRef? Residence, PlaceRef? Registered, PlaceId? RegisteredBuilding, string? RegisteredGrid);

    /// <summary>Applies a chunk: members elsewhere with a row's number refuse the row; rows for members of the scope update them; the rest are new members.</summary>
    private async Task ApplyAsync(Chunk chunk, UnitOfWork.Stream stream, ImportTally tally, ImportCounts counts, CancellationToken cancellationToken)
    {
        if (chunk.Rows.Count == 0)
        {
            return;
        }

        var byNumber = chunk.Rows.ToDictionary(r => r.IdCard.Reveal(), StringComparer.Ordinal);
        var known = new List<(Row Row, PartyMember Member)>();
        var found = new List<PartyMember>();
        foreach (var numbers in byNumber.Keys.Chunk(IdNumbersPerQuery))
        {
            found.AddRange(await _members.ListAsync(new MembersByIdNumbersSpec(numbers), cancellationToken));
        }

        foreach (var member in found)
        {
            var row = byNumber[member.IdNumber];
            if (!chunk.InScope(member))
            {
                var refusal = MembershipRules.Unavailable(); // names no member and no place: finding 2 of issue 15
                tally.Add(Error(row.Line, "idNumber", refusal.Code, refusal.Message, refusal.MessageZh));
            }
            else if (!SameRelationship(member, row.Relationship))
            {
                tally.Add(Error(row.Line, "unit", MembershipRules.TransferStep,
                    "The file puts the member's relationship elsewhere: move it by a transfer (out, in transit, received), not by import.",
                    "文件中的组织关系与台账不同：请通过组织关系转接办理，而不是导入。"));
            }
            else
            {
                known.Add((row, member));
            }
        }

        if (!tally.Any)
        {
            var fresh = new List<PartyMember>(chunk.Rows.Count - known.Count);
            var isKnown = known.Select(k => k.Row.Line).ToHashSet();
            foreach (var row in chunk.Rows)
            {
                if (!isKnown.Contains(row.Line))
                {
                    fresh.Add(NewMember(row, chunk.Today, chunk.Now));
                }
            }

            var updated = new List<PartyMember>();
            foreach (var (row, member) in known)
            {
                if (ApplyKnown(row, member, chunk.Today, chunk.Now))
                {
                    updated.Add(member);
                }
            }

            _members.AddRange(fresh);
            _members.UpdateRange(updated);
            counts.Added += fresh.Count;
            counts.Updated += updated.Count;
            counts.Unchanged += known.Count - updated.Count;
        }

        chunk.Rows.Clear();
        await stream.FlushAsync(cancellationToken); // writes the part (when the store streams), and forgets what was read
    }

    /// <summary>Applies a row to the member it names; tells whether anything changed.</summary>
    private static bool ApplyKnown(Row row, PartyMember member, LocalDate today, Instant now)
    {
        var changed = member.Update(row.Details, row.IdCard, row.Phone, row.Residence?.Position ?? TreePosition.None, now).Count > 0;
        if (row.Registered is { } compound && (member.RegisteredCompoundId != compound.Id || member.RegisteredBuildingId != row.RegisteredBuilding || member.RegisteredGrid != row.RegisteredGrid))
        {
            member.SetRegistration(compound.Position, row.RegisteredBuilding, row.RegisteredGrid, today, now);
            changed = true;
        }

        return changed;
    }

    /// <summary>Makes the member a good row describes, with its registration (报到) when the row gives one; nothing is staged.</summary>
    private static PartyMember NewMember(Row row, LocalDate today, Instant now)
    {
        var member = PartyMember.Create(PartyMemberId.New(), row.Details, row.IdCard, row.Phone, row.Relationship, row.UnitPath, row.Details.Joined,
            row.Residence?.Position ?? TreePosition.None, now);
        if (row.Registered is { } compound)
        {
            member.SetRegistration(compound.Position, row.RegisteredBuilding, row.RegisteredGrid, today, now);
        }

        HandOver.Mark(member); // the import never returns or changes it again: a store may keep it instead of a copy
        return member;
    }

    /// <summary>The good rows read since the last chunk was applied, and what decides whether a member found belongs to the scope.</summary>
    private sealed class Chunk(Place scope, UnitRef? scopeUnit, LocalDate today, Instant now)
    {
        // "In the scope" is the ledger's one definition (relationship in the unit over the scope, or residence or
        // registration inside the place), compiled once per import.
        private readonly Func<PartyMember, bool> _inScope = MembersInScopeSpec.InScope(scopeUnit?.Path, [scope.Path]).Compile();

        public List<Row> Rows { get; } = new(ChunkRows);

        public LocalDate Today { get; } = today;

        public Instant Now { get; } = now;

        public int Add(Row row)
        {
            Rows.Add(row);
            return Rows.Count;
        }

        public bool InScope(PartyMember member) => _inScope(member);
    }
}
