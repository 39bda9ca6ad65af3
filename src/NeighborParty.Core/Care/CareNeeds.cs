namespace NeighborParty.Care;

/// <summary>Why a resident needs neighbours watching over them (one or more).</summary>
[Flags]
public enum CareNeeds
{
    /// <summary>None recorded.</summary>
    None = 0,

    /// <summary>An elderly person living alone or without family nearby (独居、空巢老人).</summary>
    IsolatedElderly = 1,

    /// <summary>A person with a disability (残疾人).</summary>
    Disabled = 2,

    /// <summary>A serious or chronic illness that limits daily life (重病、失能).</summary>
    SeriousIllness = 4,

    /// <summary>A child left behind by working parents (留守儿童).</summary>
    LeftBehindChild = 8,

    /// <summary>A household in hardship (困难家庭).</summary>
    Hardship = 16,
}
