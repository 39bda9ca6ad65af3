namespace NeighborParty.Common;

/// <summary>
/// The refusals of optimistic concurrency: a stale expected version (<c>NP-CON-001</c>) and a change that lost a race
/// with another writer (<c>NP-CON-002</c>).
/// </summary>
public static class ConcurrencyRules
{
    /// <summary>Builds the refusal for a stale expected version.</summary>
    /// <param name="target">What the version belongs to (e.g. <c>unit</c>).</param>
    /// <param name="expected">The version the caller expected.</param>
    /// <param name="actual">The stored version.</param>
    /// <returns>The violation (<c>NP-CON-001</c>, precondition failed).</returns>
    public static RuleViolation StaleVersion(string target, long expected, long actual) => new(
        "NP-CON-001",
        $"The {target} has changed since you read it (you sent version {expected}; it is now {actual}). Read it again and retry.",
        $"该记录已被他人修改（您提交的版本为 {expected}，当前版本为 {actual}），请重新读取后再试。",
        kind: RuleViolationKind.PreconditionFailed,
        target: "If-Match");

    /// <summary>Builds the refusal for a write that lost a race with a concurrent writer.</summary>
    /// <returns>The violation (<c>NP-CON-002</c>, conflict).</returns>
    public static RuleViolation ConcurrentChange() => new(
        "NP-CON-002",
        "Someone else changed the same records at the same time; nothing of this request was saved. Read them again and retry.",
        "其他人同时修改了相同的记录，本次请求未作任何保存，请重新读取后再试。",
        kind: RuleViolationKind.Conflict);

    /// <summary>Builds the refusal for a change that does not say which version it was made from.</summary>
    /// <param name="target">What is being changed (e.g. <c>unit</c>).</param>
    /// <returns>The violation (<c>NP-CON-003</c>, precondition required).</returns>
    public static RuleViolation VersionRequired(string target) => new(
        "NP-CON-003",
        $"Say which version of the {target} you are changing (send If-Match with its ETag, or * to overwrite whatever is there).",
        "请说明您修改的是哪个版本（在 If-Match 中提交读取时的 ETag，或提交 * 表示覆盖当前内容）。",
        kind: RuleViolationKind.PreconditionRequired,
        target: "If-Match");
}
