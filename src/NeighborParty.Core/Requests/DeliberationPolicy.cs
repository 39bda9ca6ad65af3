namespace NeighborParty.Requests;

/// <summary>
/// The quorum and threshold of a deliberation. No national rule governs a compound's consultative meeting (the
/// owners' assembly of Civil Code art. 278 is a different body), so the defaults borrow the branch assembly's rule
/// (ML-1): more than half of the voters present, and a proposal passes with yes votes from more than half of them.
/// </summary>
public sealed class DeliberationPolicy
{
    private decimal _quorum = 0.5m;
    private decimal _threshold = 0.5m;

    /// <summary>Gets or sets the share of voters that must be exceeded by those present; default ½ (more than half).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1).</exception>
    public decimal QuorumShare
    {
        get => _quorum;
        set => _quorum = value is >= 0m and < 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is at least 0 and below 1.");
    }

    /// <summary>Gets or sets the share of the <see cref="Basis"/> that the yes votes must exceed; default ½ (more than half).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1).</exception>
    public decimal ThresholdShare
    {
        get => _threshold;
        set => _threshold = value is >= 0m and < 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is at least 0 and below 1.");
    }

    /// <summary>Gets or sets what the threshold is measured against; default the voters present.</summary>
    public PassBasis Basis { get; set; } = PassBasis.PresentVoters;

    /// <summary>Gets or sets the largest number of participants; default 60.</summary>
    public int MaxParticipants { get; set; } = 60;

    /// <summary>Returns whether <paramref name="present"/> of <paramref name="voters"/> make a quorum.</summary>
    /// <param name="present">Voters present.</param>
    /// <param name="voters">Voters.</param>
    /// <returns>Whether the meeting may vote.</returns>
    public bool IsQuorate(int present, int voters) => voters > 0 && present > QuorumShare * voters;

    /// <summary>Returns whether <paramref name="yes"/> votes pass against <paramref name="basis"/>.</summary>
    /// <param name="yes">Yes votes.</param>
    /// <param name="basis">The number the threshold is measured against.</param>
    /// <returns>Whether it passes.</returns>
    public bool Passes(int yes, int basis) => basis > 0 && yes > ThresholdShare * basis;
}
