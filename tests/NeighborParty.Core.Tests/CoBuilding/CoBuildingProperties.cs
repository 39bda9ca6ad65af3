using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NodaTime;
using static NeighborParty.Core.Tests.CoBuilding.CoBuildingFixture;

namespace NeighborParty.Core.Tests.CoBuilding;

public sealed class CoBuildingProperties
{
    public static Arbitrary<int[]> Operations() => Gen.Choose(0, int.MaxValue / 2).ArrayOf().ToArbitrary();

    /// <summary>
    /// Random covenant steps (edit, submit, sign by any party or an outsider, amend, withdraw, terminate, renew,
    /// fulfil, days passing): no party ever signs a version twice, nothing is in force before every party signed it
    /// and its validity began, a signed version never changes, and a refused step changes nothing.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(CoBuildingProperties)])]
    public Property No_sequence_signs_twice_comes_into_force_early_or_changes_a_signed_version(int[] operations)
    {
        var f = new CoBuildingFixture();
        var covenant = f.Draft(f.WomensFederation, f.YouthLeague);
        PartnerId?[] signers = [null, f.WomensFederation.Id, f.YouthLeague.Id, f.Deputy.Id];
        var signed = new Dictionary<int, string>();
        foreach (var v in operations.Take(40))
        {
            var before = Snapshot(covenant);
            var validity = new DateInterval(Today.PlusDays((v / 16 % 120) - 60), Today.PlusDays((v / 16 % 120) + 300));
            try
            {
                _ = (v % 11) switch
                {
                    0 => Run(f.Covenants.EditDraftAsync(covenant.Id, validity, [Lessons])),
                    1 or 2 => Run(f.Covenants.SubmitAsync(covenant.Id)),
                    3 or 4 or 5 => Run(f.Covenants.SignAsync(covenant.Id, signers[v / 11 % signers.Length], "签字人")),
                    6 => Run(f.Covenants.AmendAsync(covenant.Id, validity, [Lessons with { Quantity = 1 + (v % 30) }])),
                    7 => Run(f.Covenants.WithdrawAmendmentAsync(covenant.Id)),
                    8 => Run(f.Covenants.TerminateAsync(covenant.Id, Today.PlusDays(v / 16 % 30), "终止")),
                    9 => Run(f.Covenants.RecordFulfilmentAsync(covenant.Id, covenant.Commitments[0].Key, 1, Today, FulfilmentSource.Manual)),
                    _ => covenant,
                };
            }
            catch (RuleViolationException)
            {
                if (Snapshot(covenant) != before)
                {
                    return false.Label($"refused step {v % 11} changed the covenant");
                }
            }

            if (v % 11 == 10)
            {
                f.Ledger.Tree.Clock.AdvanceDays(v / 16 % 90);
            }

            var today = f.Ledger.Tree.Clock.GetCurrentInstant().InUtc().Date;
            foreach (var version in covenant.Versions)
            {
                var signatures = covenant.SignaturesOf(version.Number);
                if (signatures.GroupBy(s => s.PartnerId).Any(g => g.Count() > 1))
                {
                    return false.Label($"a party signed version {version.Number} twice");
                }

                if (signatures.Any(s => s.PartnerId is { } p && !covenant.Partners.Any(x => x.PartnerId == p)))
                {
                    return false.Label("an outsider signed");
                }

                var everyone = signatures.Count == covenant.Partners.Count + 1;
                if ((version.State == CovenantVersionState.FullySigned) != everyone)
                {
                    return false.Label($"version {version.Number} is {version.State} with {signatures.Count} signatures");
                }

                if (version.State == CovenantVersionState.FullySigned)
                {
                    var text = VersionText(covenant, version);
                    if (signed.TryGetValue(version.Number, out var frozen) && frozen != text)
                    {
                        return false.Label($"signed version {version.Number} changed");
                    }

                    signed[version.Number] = text;
                }
            }

            if (covenant.StatusOn(today) == CovenantStatus.InForce
                && (covenant.Effective is not { } effective || covenant.SignaturesOf(effective.Number).Count != covenant.Partners.Count + 1
                    || today < effective.ValidFrom || today > effective.ValidTo))
            {
                return false.Label("in force without every signature or outside the validity");
            }
        }

        return true.ToProperty();
    }

    /// <summary>
    /// Random order steps over a few periods: every period's accepted, scheduled and delivered orders never exceed the
    /// offering's capacity, and the offering's bookings always equal the orders holding one.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(CoBuildingProperties)])]
    public Property No_sequence_exceeds_an_offerings_capacity(int[] operations)
    {
        var f = new CoBuildingFixture();
        var capacity = 1 + (operations.Length % 3);
        var offering = f.Offering(capacity, CapacityPeriod.Month);
        var orders = new List<ServiceOrder>();
        foreach (var v in operations.Take(60))
        {
            var pick = orders.Count == 0 ? null : orders[v / 7 % orders.Count];
            var day = Today.PlusDays(v / 13 % 90);
            try
            {
                switch (v % 7)
                {
                    case 0 or 1:
                        orders.Add(Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", day)));
                        break;
                    case 2 when pick is not null:
                        Run(f.Menu.AcceptAsync(pick.Id));
                        break;
                    case 3 when pick is not null:
                        Run(f.Menu.ScheduleAsync(pick.Id, day));
                        break;
                    case 4 when pick is not null:
                        Run(f.Menu.CancelAsync(pick.Id, "取消"));
                        break;
                    case 5 when pick is not null:
                        Run(f.Menu.DeclineAsync(pick.Id, "婉拒"));
                        break;
                    case 6 when pick is not null:
                        Run(f.Menu.DeliverAsync(pick.Id, Today));
                        break;
                }
            }
            catch (RuleViolationException)
            {
                // Refusals are part of the walk.
            }

            var holding = orders.Where(o => o.BookedPeriod is not null && o.State is OrderState.Accepted or OrderState.Scheduled or OrderState.Delivered or OrderState.Rated)
                .GroupBy(o => o.BookedPeriod!.Value).ToDictionary(g => g.Key, g => g.Count());
            foreach (var (period, count) in holding)
            {
                if (count > capacity)
                {
                    return false.Label($"{count} orders in the period from {period} with capacity {capacity}");
                }
            }

            if (offering.Bookings.Any(b => holding.GetValueOrDefault(b.PeriodStart) != b.Count) || holding.Any(h => offering.BookedIn(h.Key) != h.Value))
            {
                return false.Label("the bookings disagree with the orders holding them");
            }
        }

        return true.ToProperty();
    }

    private static string VersionText(Covenant c, CovenantVersion v) =>
        $"{v.ValidFrom}..{v.ValidTo}|" + string.Join(';', c.CommitmentsOf(v.Number).Select(x => $"{x.Key}:{x.Kind}:{x.Description}:{x.Quantity}:{x.Unit}:{x.Schedule}"));

    private static string Snapshot(Covenant c) =>
        string.Join('|', c.Versions.Select(v => $"{v.Number}:{v.State}:{VersionText(c, v)}")) + $"|{c.Signatures.Count}|{c.Fulfilments.Count}|{c.TerminatedOn}|{c.SuccessorId}";
}
