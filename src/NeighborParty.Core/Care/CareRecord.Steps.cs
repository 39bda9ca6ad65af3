using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Care;

/// <content>The steps of a care record; each checks its rule and changes nothing when it refuses.</content>
public sealed partial class CareRecord
{
    /// <summary>Registers a resident for neighbourhood care, with consent and at least one guardian (CR-1, CR-2).</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="resident">The resident, who must live in <paramref name="compound"/>.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="needs">Why care is needed (at least one).</param>
    /// <param name="circumstances">Health and living circumstances (sensitive), or null.</param>
    /// <param name="consent">The consent (CR-1).</param>
    /// <param name="guardians">The first guardians (CR-2: at least one, at most the policy's).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="now">When.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">No consent or a consent dated after today (<c>NP-CARE-001</c>); no needs or a resident outside the compound (<c>NP-CARE-004</c>); no guardian or too many (<c>NP-CARE-002</c>); a bad text.</exception>
    public static CareRecord Register(CareRecordId id, Resident resident, Place compound, CareNeeds needs, string? circumstances, CareConsent consent,
        IReadOnlyList<NewGuardian> guardians, CarePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(guardians);
        ArgumentNullException.ThrowIfNull(policy);
        if (compound.Kind != PlaceKind.Compound || resident.CompoundId != compound.Id)
        {
            throw CareRules.Fail(CareRules.WrongReference, $"The resident does not live in {compound.Name}.", $"该居民不住在{compound.Name}。", "residentId", kind: RuleViolationKind.Refused);
        }

        if (needs == CareNeeds.None || (needs & ~(CareNeeds.IsolatedElderly | CareNeeds.Disabled | CareNeeds.SeriousIllness | CareNeeds.LeftBehindChild | CareNeeds.Hardship)) != 0)
        {
            throw CareRules.Fail(CareRules.WrongReference, "Give at least one known need.", "须至少填写一项已知的关爱需求。", "needs");
        }

        var checkedConsent = CheckConsent(consent, now);
        var text = Circumstances200(circumstances);
        if (guardians.Count == 0 || guardians.Count > policy.MaxGuardians)
        {
            throw CareRules.Fail(CareRules.Guardians, $"CR-2: a care record starts with 1 to {policy.MaxGuardians} guardians.",
                $"CR-2：守望对象须有1至{policy.MaxGuardians}名守望人。", "guardians", CareRules.VisitGuidance);
        }

        var record = new CareRecord(id)
        {
            ResidentId = resident.Id, Compound = compound.Position, Needs = needs, Circumstances = text, Consent = checkedConsent, Status = CareStatus.AtHome, RegisteredAt = now,
        };
        var today = checkedConsent.On;
        foreach (var guardian in guardians)
        {
            record._guardians.Add(record.MakeGuardian(guardian, today));
        }

        record.Raise(new CareChanged(id.Value, "registered", now));
        return record;
    }

    /// <summary>Adds a guardian (CR-2).</summary>
    /// <param name="guardian">The guardian.</param>
    /// <param name="since">Their first day.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="now">When.</param>
    /// <returns>The guardian, numbered.</returns>
    /// <exception cref="RuleViolationException">A closed record (<c>NP-CARE-003</c>); too many guardians (<c>NP-CARE-002</c>); a bad text.</exception>
    public CareGuardian AddGuardian(NewGuardian guardian, LocalDate since, CarePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(guardian);
        ArgumentNullException.ThrowIfNull(policy);
        RequireOpen();
        if (Serving.Count() >= policy.MaxGuardians)
        {
            throw CareRules.Fail(CareRules.Guardians, $"CR-2: at most {policy.MaxGuardians} guardians serve at once.", $"CR-2：同时在岗的守望人最多{policy.MaxGuardians}名。",
                "guardians", CareRules.VisitGuidance);
        }

        var made = MakeGuardian(guardian, since);
        _guardians.Add(made);
        Raise(new CareChanged(Id.Value, "guardian-added", now));
        return made;
    }

    /// <summary>Ends a guardian's service; the last serving guardian cannot leave an open record (CR-2).</summary>
    /// <param name="key">The guardian's number.</param>
    /// <param name="lastDay">Their last day.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A closed record (<c>NP-CARE-003</c>); unknown, already ended, or the last guardian (<c>NP-CARE-002</c>).</exception>
    public void EndGuardian(int key, LocalDate lastDay, Instant now)
    {
        RequireOpen();
        var index = _guardians.FindIndex(g => g.Key == key && g.Serving);
        if (index < 0 || lastDay < _guardians[index].Since)
        {
            throw CareRules.Fail(CareRules.Guardians, "No serving guardian with that number, or a last day before the first.", "没有该编号的在岗守望人，或结束日期早于开始日期。", "key");
        }

        if (Serving.Count() == 1)
        {
            throw CareRules.Fail(CareRules.Guardians, "CR-2: the last guardian stays until another is added or the record is closed.",
                "CR-2：最后一名守望人须在新增守望人或结案后才能卸任。", "key", CareRules.VisitGuidance, RuleViolationKind.Conflict);
        }

        _guardians[index] = _guardians[index] with { Until = lastDay };
        Raise(new CareChanged(Id.Value, "guardian-ended", now));
    }

    /// <summary>Records a contact (探访): it resets the interval (CR-3); one that raises a concern needs an action (CR-4).</summary>
    /// <param name="contact">The contact; its time may not be in the future nor before the record.</param>
    /// <param name="now">When it is recorded.</param>
    /// <exception cref="RuleViolationException">A closed record (<c>NP-CARE-003</c>); an unknown guardian (<c>NP-CARE-002</c>); a time in the future or before registration (<c>NP-CARE-004</c>); a bad text.</exception>
    public void RecordContact(CareContact contact, Instant now)
    {
        ArgumentNullException.ThrowIfNull(contact);
        RequireOpen();
        Require(contact.Mode, "mode");
        if (contact.At > now || contact.At < RegisteredAt)
        {
            throw CareRules.Fail(CareRules.WrongReference, "A contact is dated between the record's registration and now.", "探访时间须在登记之后、当前时间之前。", "at");
        }

        if (contact.GuardianKey is { } key && !_guardians.Any(g => g.Key == key))
        {
            throw CareRules.Fail(CareRules.Guardians, $"No guardian {key} on this record.", $"本档案没有编号为 {key} 的守望人。", "guardianKey");
        }

        _contacts.Add(contact with { By = TextRules.RequireName(contact.By, "by"), Note = Circumstances200(contact.Note) ?? throw NoteRequired() });
        Raise(new CareChanged(Id.Value, contact.Concern ? "contact-concern" : "contact", now));
    }

    /// <summary>The branch or community takes an action on the case (CR-5).</summary>
    /// <param name="level">Who takes it on.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="description">What is to be done (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <returns>The action, numbered.</returns>
    /// <exception cref="RuleViolationException">A closed record (<c>NP-CARE-003</c>); an unknown level or kind (<c>NP-CARE-004</c>); a bad text.</exception>
    public CareAction Escalate(EscalationLevel level, CareActionKind kind, string description, Instant now)
    {
        RequireOpen();
        Require(level, "level");
        Require(kind, "kind");
        var action = new CareAction(_actions.Count == 0 ? 1 : _actions.Max(a => a.Key) + 1, level, kind, TextRules.RequireName(description, "description"), now, null, null);
        _actions.Add(action);
        Raise(new CareChanged(Id.Value, "escalated", now));
        return action;
    }

    /// <summary>Records the outcome of an action (CR-5).</summary>
    /// <param name="key">The action's number.</param>
    /// <param name="outcome">What came of it (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Unknown or already done (<c>NP-CARE-003</c>); a bad text.</exception>
    public void CompleteAction(int key, string outcome, Instant now)
    {
        var index = _actions.FindIndex(a => a.Key == key);
        if (index < 0 || !_actions[index].IsOpen)
        {
            throw CareRules.Fail(CareRules.Step, "No open action with that number.", "没有该编号的未完成措施。", "key", kind: RuleViolationKind.Conflict);
        }

        _actions[index] = _actions[index] with { DoneAt = now, Outcome = TextRules.RequireName(outcome, "outcome") };
        Raise(new CareChanged(Id.Value, "action-done", now));
    }

    /// <summary>Records that the resident moved into a care home or hospital (visits continue at the facility interval), or back home.</summary>
    /// <param name="facility">The facility's name, or null for back home.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A closed record, or already there (<c>NP-CARE-003</c>); a bad text.</exception>
    public void Move(string? facility, Instant now)
    {
        RequireOpen();
        var name = TextRules.OptionalName(facility, "facility");
        var status = name is null ? CareStatus.AtHome : CareStatus.InCareFacility;
        if (status == Status && name == Facility)
        {
            throw CareRules.Fail(CareRules.Step, "The resident is already there.", "该居民已在此处。", "facility", kind: RuleViolationKind.Conflict);
        }

        (Status, Facility) = (status, name);
        Raise(new CareChanged(Id.Value, name is null ? "moved-home" : "moved-to-facility", now));
    }

    /// <summary>Closes the record: consent withdrawn (CR-1), moved away, or died. The circumstances are erased (CR-6).</summary>
    /// <param name="because">Why (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already closed (<c>NP-CARE-003</c>); a bad text.</exception>
    public void Close(string because, Instant now)
    {
        RequireOpen();
        ClosedBecause = TextRules.RequireName(because, "because");
        Status = CareStatus.Closed;
        ClosedAt = now;
        Circumstances = null; // sensitive data is kept no longer than needed (个人信息保护法 art. 19, 47)
        Raise(new CareChanged(Id.Value, "closed", now));
    }

    private static CareConsent CheckConsent(CareConsent? consent, Instant now)
    {
        if (consent is null || string.IsNullOrWhiteSpace(consent.GivenBy) || string.IsNullOrWhiteSpace(consent.Relation) || string.IsNullOrWhiteSpace(consent.Means)
            || consent.On > now.InUtc().Date.PlusDays(1))
        {
            throw CareRules.Fail(CareRules.Consent,
                "CR-1: record who consented, their relation, how, and the day (not in the future). Health details are kept only with separate consent.",
                "CR-1：须记录同意人、与本人关系、同意方式和日期（不得晚于今天）；健康等敏感信息须取得单独同意。", "consent", CareRules.PrivacyLaw);
        }

        return new CareConsent(TextRules.RequireName(consent.GivenBy, "consent.givenBy"), TextRules.RequireName(consent.Relation, "consent.relation"), consent.On,
            TextRules.RequireName(consent.Means, "consent.means"));
    }

    private static string? Circumstances200(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > 200 || trimmed.Any(char.IsControl) || TextRules.StartsLikeFormula(trimmed))
        {
            throw CareRules.Fail(CareRules.WrongReference, "A note has at most 200 characters, no control characters, and does not start with = + - @.",
                "说明最多200个字符，不含控制字符，且不能以 = + - @ 开头。", "note");
        }

        return trimmed;
    }

    private static RuleViolationException NoteRequired() =>
        CareRules.Fail(CareRules.WrongReference, "Say what was seen or done.", "请填写探访情况。", "note");

    private CareGuardian MakeGuardian(NewGuardian guardian, LocalDate since)
    {
        Require(guardian.Kind, "kind");
        var key = _guardians.Count == 0 ? 1 : _guardians.Max(g => g.Key) + 1;
        return new CareGuardian(key, guardian.Kind, TextRules.RequireName(guardian.Name, "name"), guardian.MemberId, TextRules.RequireName(guardian.Duty, "duty"), since, null);
    }

    private static void Require<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (FieldRules.Defined<TEnum>(value, field) is { } violation)
        {
            throw new RuleViolationException(violation);
        }
    }

    private void RequireOpen()
    {
        if (Status == CareStatus.Closed)
        {
            throw CareRules.Fail(CareRules.Step, "The care record is closed.", "该守望档案已结案。", "state", kind: RuleViolationKind.Conflict);
        }
    }
}
