package org.entente.reference.petrarch;

import org.entente.reference.InvalidReferenceException;
import org.entente.reference.Period;
import org.entente.reference.ReferenceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorDictionaryReaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/petrarch-dictionaries");
    static final Path PHOENIX = Path.of("data/dictionaries/petrarch2");

    private static ActorDictionary roles() {
        return ActorDictionaryReader.read(FIXTURES.resolve("roles.actors.txt"), "roles.actors.txt");
    }

    private static ActorEntry entry(String name) {
        return roles().entries().stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEntryCollectsItsSynonymsAndTheRolesOfTheIndentedLinesBelowIt() {
        ActorEntry biya = entry("PAUL BIYA");
        assertThat(biya.synonyms()).containsExactly("BIYA");
        assertThat(biya.roles()).containsExactly(new ActorRole("CMRGOV", new Period(LocalDate.of(1982, 11, 6), null)),
                new ActorRole("CMRELI", null));
        assertThat(biya.line()).isEqualTo(3);
    }

    @Test
    void severalRolesMayStandOnTheEntryLine() {
        assertThat(entry("KOFI ANNAN").roles()).containsExactly(
                new ActorRole("IGOUNO", new Period(LocalDate.of(1997, 1, 1), LocalDate.of(2006, 12, 31))), new ActorRole("ELI", null));
    }

    @Test
    void aRoleBeforeADayEndsTheDayBeforeAndFourDigitYearsMixWithTwoDigitOnes() {
        assertThat(entry("NUR TARAKI").roles()).containsExactly(
                new ActorRole("AFGGOV", new Period(LocalDate.of(1978, 4, 30), LocalDate.of(1979, 9, 16))),
                new ActorRole("AFGELI", new Period(LocalDate.MIN, LocalDate.of(1978, 4, 29))));
    }

    @ParameterizedTest
    @CsvSource({"300101, 2030-01-01", "310101, 1931-01-01", "000229, 2000-02-29", "991231, 1999-12-31", "19270101, 1927-01-01"})
    void twoDigitYearsUpTo30AreThisCenturyTheOthersTheLast(String text, LocalDate day) {
        assertThat(PhoenixDate.parse(text)).isEqualTo(day);
    }

    @Test
    void parenthesisedWordsAreLeftOutAndPlusJoinsSynonymsOnOneLine() {
        assertThat(entry("ADEN ISLAMIC ARMY").synonyms()).containsExactly("JAYSH ADAN", "ISLAMIC ADEN ARMY");
    }

    @Test
    void aRoleWithAnUnreadableDateIsSkippedWithItsLineAndTheOthersKept() {
        assertThat(entry("IRAQ OCCUPATION").roles()).containsExactly(new ActorRole("IRQ", null));
        assertThat(roles().skipped()).extracting(ReferenceProblem::line).containsExactly(15);
        assertThat(roles().skipped().get(0).toString()).startsWith("roles.actors.txt, line 15: role [IRQOCC 1920030320-20060520] skipped");
    }

    @Test
    void anEntryWithoutRolesIsReadAndNothingAfterTheStopLine() {
        assertThat(roles().entries()).extracting(ActorEntry::name).containsExactly("PAUL BIYA", "KOFI ANNAN", "NUR TARAKI",
                "ADEN ISLAMIC ARMY", "NAMELESS WITHOUT ROLES", "IRAQ OCCUPATION");
    }

    @Test
    void everyUnreadableLineIsAnErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> ActorDictionaryReader.read(FIXTURES.resolve("bad-lines.actors.txt"), "bad-lines.actors.txt"))
                .isInstanceOfSatisfying(InvalidReferenceException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("bad-lines.actors.txt, line 2: a synonym before the first entry",
                                "bad-lines.actors.txt, line 4: \"[\" without \"]\"",
                                "bad-lines.actors.txt, line 5: an indented line adds roles to the entry above, but has no [CODE]",
                                "bad-lines.actors.txt, line 6: \"[usagov]\" is not a role: a code of capital letters and digits, then an optional >day, <day or day-day"));
    }

    @ParameterizedTest
    @CsvSource({"Phoenix.Countries.actors.txt, 18390, 28381, 8", "Phoenix.International.actors.txt, 7840, 7895, 5",
            "Phoenix.MilNonState.actors.txt, 1021, 1021, 0"})
    void thePhoenixDictionariesReadToTheLastLine(String file, int entries, int roles, int skipped) {
        ActorDictionary dictionary = ActorDictionaryReader.read(PHOENIX.resolve(file), file);
        assertThat(dictionary.entries()).hasSize(entries);
        assertThat(dictionary.entries().stream().mapToInt(entry -> entry.roles().size()).sum()).isEqualTo(roles);
        assertThat(dictionary.skipped()).hasSize(skipped);
    }
}
