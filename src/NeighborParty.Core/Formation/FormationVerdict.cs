namespace NeighborParty.Formation;

/// <summary>Every outcome of an assessment that applies, as flags (computed without allocating).</summary>
[Flags]
public enum FormationVerdict
{
    /// <summary>Nothing applies.</summary>
    None = 0,

    /// <summary>No member has the relationship here.</summary>
    NoMembers = 1,

    /// <summary>Enough full members to form a branch of its own (BR-1).</summary>
    FormBranch = 2,

    /// <summary>Fewer full members than a branch needs: join a joint branch with neighbours (BR-3).</summary>
    JoinJointBranch = 4,

    /// <summary>A proposed joint branch has enough full members and few enough units (BR-3).</summary>
    FormJointBranch = 8,

    /// <summary>A proposed joint branch joins more units than the policy allows (BR-3).</summary>
    TooManyUnitsForJoint = 16,

    /// <summary>A branch committee of 3–5 (at most 7) is required (BR-4).</summary>
    CommitteeRequired = 32,

    /// <summary>No committee: a secretary, and a deputy if needed (BR-4).</summary>
    SecretaryOnly = 64,

    /// <summary>Divide the branch into party groups (BR-6).</summary>
    DivideIntoGroups = 128,

    /// <summary>Too large: split, or seek approval for a general branch (BR-2, BR-5).</summary>
    TooLarge = 256,

    /// <summary>An existing branch no longer meets the conditions: adjust (join a joint branch) or dissolve (BR-7).</summary>
    NoLongerMeetsConditions = 512,

    /// <summary>
    /// The proposed joint branch would still have fewer full members than a branch needs (BR-1 applies to a joint
    /// branch too): it may not be formed as proposed — add neighbouring compounds within the BR-3 limit, or keep the
    /// members with the Party organisation above.
    /// </summary>
    NotEnoughEvenJointly = 1024,

    /// <summary>
    /// A committee is required (BR-4) and one is in office: at least one committee member besides the secretary and
    /// deputy, and between the policy's minimum and hard maximum in all. Advice already acted on, read as met; set by
    /// the service from the appointments, in place of <see cref="CommitteeRequired"/>.
    /// </summary>
    CommitteeInPlace = 2048,
}
