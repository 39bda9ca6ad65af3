using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <content>The covenant's steps, each checking its rules before anything changes.</content>
public sealed partial class Covenant
{
    /// <summary>Drafts a covenant (version 1) between a live branch or community Party organisation and 1–20 partners.</summary>
    /// <param name="id">The new covenant's id.</param>
    /// <param name="title">The title (1–100 characters).</param>
    /// <param name="unit">The organisation side: a live branch, joint branch, general branch or community committee.</param>
    /// <param name="unitLevel">The unit's level in the schema.</param>
    /// <param name="partners">The partners, each once.</param>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments (0–50 while drafting), each by a party.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Refused parties (<c>NP-COB-003</c>), title or commitments (<c>NP-COB-007</c>).</exception>
    public static Covenant Draft(CovenantId id, string title, OrganizationUnit unit, HierarchyLevel unitLevel, IReadOnlyCollection<PartnerId> partners,
        DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(unitLevel);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(commitments);
        var name = TextRules.RequireName(title, "title");
        CovenantRules.CheckOrganisationSide(unit, unitLevel, schema);
        var ids = partners.Distinct().ToList();
        if (ids.Count is < 1 or > 20 || ids.Count != partners.Count)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Parties, "A covenant has 1 to 20 partners, each once.", "共建盟约须有1至20个共建方，且不重复。", "partners");
        }

        CovenantRules.CheckCommitments(commitments, ids, "commitments");
        var covenant = new Covenant(id) { Title = name, Unit = unit.Position };
        covenant._partners.AddRange(ids.Select(p => new CovenantParty(p)));
        covenant._versions.Add(new CovenantVersion(1, CovenantVersionState.Draft, validity.Start, validity.End));
        covenant.AddCommitments(1, commitments);
        covenant.Raise(new CovenantChanged(id, "drafted", 1, now));
        return covenant;
    }

    /// <summary>Replaces the validity and commitments of the latest version while it is a draft.</summary>
    /// <param name="validity">The validity.</param>
    /// <param name="commitments">The commitments.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Not a draft (<c>NP-COB-004</c>: a signed version never changes), or refused commitments.</exception>
    public void EditDraft(DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, Instant now)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(commitments);
        if (TerminatedOn is not null || Latest.State != CovenantVersionState.Draft)
        {
            throw CovenantRules.Step("Only a draft is edited; a version out for signature or signed never changes (amend it instead).", "只有草稿可以修改；送签或已签署的版本不能更改（请提出修订）。");
        }

        CovenantRules.CheckCommitments(commitments, [.. _partners.Select(p => p.PartnerId)], "commitments");
        var version = ReplaceLatest(Latest.WithValidity(validity));
        _commitments.RemoveAll(c => c.Version == version.Number);
        AddCommitments(version.Number, commitments);
        Raise(new CovenantChanged(Id, "draft-edited", version.Number, now));
    }

    /// <summary>Sends the latest draft out for every party's signature; from now on it does not change.</summary>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not a draft (<c>NP-COB-004</c>), no commitments (<c>NP-COB-007</c>), or a validity already over (<c>NP-COB-006</c>).</exception>
    public void Submit(LocalDate today, Instant now)
    {
        if (TerminatedOn is not null || Latest.State != CovenantVersionState.Draft)
        {
            throw CovenantRules.Step("Only a draft is sent for signature.", "只有草稿可以送签。");
        }

        if (CommitmentsOf(Latest.Number).Count == 0)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A covenant commits to something: add at least one commitment.", "共建盟约须至少有一项承诺。", "commitments");
        }

        if (Latest.ValidTo < today)
        {
            throw CovenantRules.Date("The validity is already over.", "有效期已过。", "validity");
        }

        ReplaceLatest(Latest.WithState(CovenantVersionState.AwaitingSignatures));
        Raise(new CovenantChanged(Id, "submitted", Latest.Number, now));
    }

    /// <summary>Signs the version out for signature, once per party; when the last party signs, it is signed by all.</summary>
    /// <param name="party">The partner signing, or null for the organisation side.</param>
    /// <param name="signer">Who signs for the party (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Nothing out for signature (<c>NP-COB-004</c>), not a party or already signed (<c>NP-COB-005</c>).</exception>
    public void Sign(PartnerId? party, string signer, Instant now)
    {
        var name = TextRules.RequireName(signer, "signer");
        if (TerminatedOn is not null || Latest.State != CovenantVersionState.AwaitingSignatures)
        {
            throw CovenantRules.Step("No version is out for signature.", "没有待签署的版本。");
        }

        if (party is { } p && !_partners.Exists(x => x.PartnerId == p))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Signature, "Only a party signs the covenant.", "只有盟约各方可以签署。", "party");
        }

        var version = Latest;
        if (_signatures.Exists(s => s.Version == version.Number && s.PartnerId == party))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Signature, "This party has already signed this version.", "该方已签署此版本。", "party", RuleViolationKind.Conflict);
        }

        _signatures.Add(new Signature(version.Number, party, name, now));
        Raise(new CovenantChanged(Id, party is null ? "signed-by-organisation" : "signed-by-partner", version.Number, now));
        if (MissingSignatures().Count == 0)
        {
            ReplaceLatest(version.WithState(CovenantVersionState.FullySigned));
            Raise(new CovenantChanged(Id, "signed-by-all", version.Number, now));
        }
    }

    /// <summary>Drafts an amendment: a new version, with its own validity and commitments, that every party signs again.</summary>
    /// <param name="validity">The validity of the amended covenant.</param>
    /// <param name="commitments">Its commitments (carry a commitment over by giving its key).</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Nothing signed to amend, an amendment already pending, terminated or expired (<c>NP-COB-004</c>), or refused commitments.</exception>
    public void Amend(DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(commitments);
        if (TerminatedOn is not null || Effective is null || Latest.State is CovenantVersionState.Draft or CovenantVersionState.AwaitingSignatures)
        {
            throw CovenantRules.Step("Only a signed covenant without a pending amendment is amended.", "只有已签署且没有待定修订的盟约才能修订。");
        }

        if (StatusOn(today) == CovenantStatus.Expired)
        {
            throw CovenantRules.Step("An expired covenant is renewed, not amended.", "已到期的盟约应续签，而非修订。");
        }

        CovenantRules.CheckCommitments(commitments, [.. _partners.Select(p => p.PartnerId)], "commitments");
        var number = Latest.Number + 1;
        _versions.Add(new CovenantVersion(number, CovenantVersionState.Draft, validity.Start, validity.End));
        AddCommitments(number, commitments);
        Raise(new CovenantChanged(Id, "amendment-drafted", number, now));
    }

    /// <summary>Withdraws a pending amendment; the signed version stays in effect.</summary>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">No amendment pending (<c>NP-COB-004</c>).</exception>
    public void WithdrawAmendment(Instant now)
    {
        if (Effective is null || Latest.State is not (CovenantVersionState.Draft or CovenantVersionState.AwaitingSignatures))
        {
            throw CovenantRules.Step("No amendment is pending.", "没有待定的修订。");
        }

        ReplaceLatest(Latest.WithState(CovenantVersionState.Withdrawn));
        Raise(new CovenantChanged(Id, "amendment-withdrawn", Latest.Number, now));
    }

    /// <summary>Terminates a signed covenant before its validity ends.</summary>
    /// <param name="day">The last day in force (CV-1; not before today, inside the validity): fulfilment still counts on it.</param>
    /// <param name="reason">Why (1–100 characters).</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not signed or already over (<c>NP-COB-004</c>), or a day outside the validity (<c>NP-COB-006</c>).</exception>
    public void Terminate(LocalDate day, string reason, LocalDate today, Instant now)
    {
        var why = TextRules.RequireName(reason, "reason");
        if (TerminatedOn is not null || StatusOn(today) is not (CovenantStatus.InForce or CovenantStatus.FullySigned))
        {
            throw CovenantRules.Step("Only a signed covenant that has not ended, nor been given a last day, is terminated.", "只有已签署、未终止（未确定终止日）且未到期的盟约才能终止。");
        }

        if (day < today || day < Effective!.ValidFrom || day > Effective.ValidTo)
        {
            throw CovenantRules.Date("The covenant ends from today, inside its validity.", "终止日期须不早于今天，且在有效期内。", "day");
        }

        TerminatedOn = day;
        TerminationReason = why;
        Raise(new CovenantChanged(Id, "terminated", Latest.Number, now));
    }

    /// <summary>Renews a signed covenant: a successor draft with the same parties and commitments and a new validity.</summary>
    /// <param name="successorId">The successor's id.</param>
    /// <param name="validity">The successor's validity (starting after the current one starts).</param>
    /// <param name="unit">The organisation side, as it stands now.</param>
    /// <param name="unitLevel">Its level in the schema.</param>
    /// <param name="now">When.</param>
    /// <returns>The successor, a draft; this covenant records it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Nothing signed to renew, already renewed or terminated (<c>NP-COB-004</c>), or a validity out of order (<c>NP-COB-006</c>).</exception>
    public Covenant Renew(CovenantId successorId, DateInterval validity, OrganizationUnit unit, HierarchyLevel unitLevel, Instant now)
    {
        ArgumentNullException.ThrowIfNull(validity);
        if (Effective is not { } effective || SuccessorId is not null || TerminatedOn is not null)
        {
            throw CovenantRules.Step("Only a signed covenant, not terminated and not yet renewed, is renewed.", "只有已签署、未终止且尚未续签的盟约才能续签。");
        }

        if (validity.Start <= effective.ValidFrom)
        {
            throw CovenantRules.Date("The renewal starts after the current validity starts.", "续签的有效期须晚于当前有效期开始。", "validity");
        }

        var commitments = CommitmentsOf(effective.Number).Select(c => new CommitmentDetails(c.Kind, c.Description, c.Quantity, c.Unit, c.Schedule, c.PartnerId)).ToList();
        var successor = Draft(successorId, Title, unit, unitLevel, [.. _partners.Select(p => p.PartnerId)], validity, commitments, now);
        successor.PredecessorId = Id;
        SuccessorId = successorId;
        Raise(new CovenantChanged(Id, "renewed", Latest.Number, now));
        return successor;
    }

    /// <summary>Records something delivered against a commitment of the version in effect.</summary>
    /// <param name="key">The commitment's key.</param>
    /// <param name="quantity">How much (positive).</param>
    /// <param name="day">The day (the covenant in force, not after today).</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceId">The order or activity, or null.</param>
    /// <param name="note">A note (1–100 characters), or null.</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A quantity that is not positive, no covenant in force that day, or an unknown commitment (<c>NP-COB-007</c>).</exception>
    public void RecordFulfilment(Guid key, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId, string? note, LocalDate today, Instant now)
    {
        var text = TextRules.OptionalName(note, "note");
        if (quantity is <= 0 or > 1_000_000_000)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A fulfilment is a positive quantity.", "完成数量须为正数。", "quantity");
        }

        if (StatusOn(day) != CovenantStatus.InForce || day > today)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment,
                "Fulfilment is recorded on a day the covenant was in force, up to today (CV-1: from the validity's first day through its last, or through the termination date).",
                "只能登记盟约生效期间（至今天）的履约（CV-1：自有效期首日起至末日，已终止的至终止日当天）。", "day");
        }

        if (!CommitmentsOf(Effective!.Number).Any(c => c.Key == key))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "The covenant in effect has no such commitment.", "生效版本中没有该项承诺。", "commitmentKey");
        }

        _fulfilments.Add(new Fulfilment(key, quantity, day, source, sourceId, text));
        Raise(new CovenantChanged(Id, "fulfilment-recorded", Latest.Number, now));
    }
}
