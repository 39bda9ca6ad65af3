using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// TR-5 as a law (支部条例 art. 21: 书记、副书记、委员出现空缺，应当及时进行补选): day by day, through random appointments
/// and early endings at a branch of any preset, coverage lists a vacancy for a committee seat exactly when nobody holds
/// the seat that day and its latest term ended early; a term that ran out is an expired term, never a vacancy.
/// </summary>
public sealed class VacancyLawProperties
{
    private static readonly StewardRole[] Seats = [StewardRole.Secretary, StewardRole.DeputySecretary, StewardRole.OrganisationMember, StewardRole.PublicityMember];

    [Property(MaxTest = 20)]
    public Property A_vacancy_exists_exactly_when_a_committee_seat_is_empty_after_a_term_ended_early(byte preset, NonEmptyArray<byte> script)
    {
        var w = new PresetWorld(new[] { "yanping", "grid", "rural" }[preset % 3]);
        var pool = new Queue<NeighborParty.Membership.PartyMember>(w.Members(7 + (Seats.Length * 12), w.Branch));
        var terms = Seats.Select(_ => new List<(Appointment Appointment, LocalDate LastDay, bool Early)>()).ToArray();
        var bytes = script.Get;
        var first = new LocalDate(2026, 3, 2);
        for (var d = 0; d < 24; d++)
        {
            var day = first.PlusDays(d);
            w.SetToday(day);
            for (var s = 0; s < Seats.Length; s++)
            {
                var b = bytes[((d * Seats.Length) + s) % bytes.Length] ^ (d * 37) ^ (s * 11);
                var seat = terms[s];
                var current = seat.FindIndex(t => t.Appointment.Start <= day && day <= t.LastDay);
                if (b % 3 == 1 && current < 0 && pool.Count > 0)
                {
                    var appointment = w.Appoint(Seats[s], pool.Dequeue(), day, day.PlusDays(1 + (b / 3 % 6)));
                    seat.Add((appointment, appointment.End, false));
                }
                else if (b % 3 == 2 && current >= 0 && day < seat[current].Appointment.End)
                {
                    PresetWorld.Run(w.Get<AppointmentService>().EndAsync(seat[current].Appointment.Id, day, AppointmentEndReason.Resigned));
                    seat[current] = (seat[current].Appointment, day, true);
                }
            }

            var reported = w.Coverage().Vacancies.Select(v => v.Role).ToHashSet(StringComparer.Ordinal);
            for (var s = 0; s < Seats.Length; s++)
            {
                var empty = !terms[s].Any(t => t.Appointment.Start <= day && day <= t.LastDay);
                var latest = terms[s].Where(t => t.LastDay < day).OrderBy(t => t.LastDay).LastOrDefault();
                var vacant = empty && latest.Appointment is not null && latest.Early;
                if (vacant != reported.Contains(Seats[s].Key))
                {
                    return false.Label($"{w.Schema.Name}, {day:uuuu-MM-dd}, {Seats[s].Key}: expected vacant={vacant}, reported {string.Join(",", reported)}");
                }
            }
        }

        return true.ToProperty();
    }
}
