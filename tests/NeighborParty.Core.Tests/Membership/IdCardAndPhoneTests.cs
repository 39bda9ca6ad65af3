using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Membership;
using NodaTime;

namespace NeighborParty.Core.Tests.Membership;

public sealed class IdCardAndPhoneTests
{
    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Gender.Female)]
    [InlineData("11010519491231002x", 1949, 12, 31, Gender.Female)]
    [InlineData(" 110105194912310029 ", 0, 0, 0, Gender.Male)]
    public void Gb11643_numbers_are_checked_and_read(string text, int year, int month, int day, Gender gender)
    {
        var valid = IdCardNumber.TryParse(text, out var number);
        if (year == 0)
        {
            Assert.False(valid); // wrong check digit
            return;
        }

        Assert.True(valid);
        Assert.Equal(new LocalDate(year, month, day), number.BirthDate);
        Assert.Equal(gender, number.Gender);
        Assert.Equal("11010519491231002X", number.Reveal());
        Assert.Equal("1*************002X", number.ToString());
        Assert.DoesNotContain("19491231", $"{number}", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1101051949123100")]
    [InlineData("11010519490230002X")] // 30 February
    [InlineData("01010519491231002X")] // no region starts with 0
    [InlineData("1101051949123100２X")] // a full-width digit
    [InlineData("11010518991231002X")]
    public void Malformed_numbers_are_refused_with_NP_MBR_001(string? text)
    {
        Assert.False(IdCardNumber.TryParse(text, out _));
        Assert.Equal("NP-MBR-001", Assert.Throws<RuleViolationException>(() => IdCardNumber.Parse(text)).Code);
    }

    public static Arbitrary<(LocalDate Birth, int Sequence, Gender Gender)> People() =>
        Gen.Choose(0, 365 * 80).SelectMany(days => Gen.Choose(0, 499).SelectMany(seq => Gen.Elements(Gender.Male, Gender.Female)
            .Select(g => (new LocalDate(1930, 1, 1).PlusDays(days), seq, g)))).ToArbitrary();

    [Property(MaxTest = 500, Arbitrary = [typeof(IdCardAndPhoneTests)])]
    public bool Every_generated_number_is_valid_and_every_single_digit_change_is_caught((LocalDate Birth, int Sequence, Gender Gender) person, PositiveInt position, PositiveInt delta)
    {
        var text = IdNumbers.Make(person.Birth, person.Sequence, person.Gender);
        if (!IdCardNumber.TryParse(text, out var number) || number.BirthDate != person.Birth || number.Gender != person.Gender)
        {
            return false;
        }

        // ISO 7064 MOD 11-2 catches every single substitution among the 17 digits.
        var i = position.Get % 17;
        var changed = text.ToCharArray();
        changed[i] = (char)('0' + ((changed[i] - '0' + 1 + (delta.Get % 9)) % 10));
        return !IdCardNumber.TryParse(new string(changed), out _);
    }

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("+86 138-0013-8000", "138****8000")]
    [InlineData("0599-8821234", "059****1234")]
    public void Phones_are_normalised_and_masked(string text, string masked)
    {
        var phone = PhoneNumber.Parse(text);
        Assert.Equal(masked, phone.ToString());
        Assert.DoesNotContain(phone.Reveal(), phone.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12800138000")]
    [InlineData("138001380001")]
    [InlineData("call me")]
    public void Bad_phones_are_refused_with_NP_MBR_002(string text) =>
        Assert.Equal("NP-MBR-002", Assert.Throws<RuleViolationException>(() => PhoneNumber.Parse(text)).Code);
}
