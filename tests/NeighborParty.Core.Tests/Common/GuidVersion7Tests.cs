using NeighborParty.Common;
using NeighborParty.Membership;

namespace NeighborParty.Core.Tests.Common;

/// <summary>The library's version 7 GUIDs: the RFC 9562 layout, the time they carry, and no repeats.</summary>
public sealed class GuidVersion7Tests
{
    [Fact]
    public void A_new_id_is_a_version_7_guid_stamped_with_the_time_it_was_made()
    {
        var before = NodaTime.SystemClock.Instance.GetCurrentInstant().ToUnixTimeMilliseconds();
        var id = StronglyTypedId.New<PartyMemberId>().Value;
        var after = NodaTime.SystemClock.Instance.GetCurrentInstant().ToUnixTimeMilliseconds();

        Assert.Equal(7, id.Version);
        Assert.Equal(0b1000, id.Variant & 0b1100); // RFC 9562 variant
        var bytes = id.ToByteArray(bigEndian: true);
        var stamped = bytes.AsSpan(0, 6).ToArray().Aggregate(0L, (t, b) => (t << 8) | b);
        Assert.InRange(stamped, before, after);
    }

    [Fact]
    public void Ids_do_not_repeat_across_many_refills_of_the_random_buffer_nor_across_threads()
    {
        // 4 KB of random bytes make 409 ids: 20,000 ids per thread refill it about fifty times.
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                ids.Add(GuidVersion7.New());
            }
        });

        Assert.Equal(80_000, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
    }

    [Fact]
    public void The_random_part_is_not_constant_between_refills()
    {
        // Only the 74 random bits differ within a millisecond; equal tails would mean a buffer handed out twice.
        var tails = Enumerable.Range(0, 2_000).Select(_ => Convert.ToHexString(GuidVersion7.New().ToByteArray(bigEndian: true).AsSpan(8))).ToList();

        Assert.Equal(tails.Count, tails.Distinct().Count());
    }
}
