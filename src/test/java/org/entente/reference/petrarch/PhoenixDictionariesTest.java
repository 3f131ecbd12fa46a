package org.entente.reference.petrarch;

import org.entente.reference.Gazetteer;
import org.entente.reference.Gazetteer.Kind;
import org.entente.reference.Gazetteer.Match;
import org.entente.reference.ReferenceData;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoenixDictionariesTest {

    static final ReferenceData TABLES = ReferenceReader.read(Path.of("data/reference"));
    static final Gazetteer PACKAGED = Gazetteer.of(PhoenixDictionaries.withDictionaries(TABLES, List.of()));
    static final LocalDate DAY = LocalDate.of(2021, 12, 10);

    @Test
    void anArmedGroupIsANonStateActorOfItsOwn() {
        assertThat(PACKAGED.lookup("the Taliban", DAY)).containsExactly(new Match("group/taliban", Kind.NAME, "group/taliban", null));
        assertThat(PACKAGED.lookup("Hezbollah", DAY)).extracting(Match::actor).containsExactly("group/hezbollah");
    }

    @Test
    void aDictionaryNameInLowerCaseIsOrdinaryWords() {
        assertThat(PACKAGED.lookup("Red Line", DAY)).extracting(Match::entity).containsExactly("group/red-line");
        assertThat(PACKAGED.lookup("red line", DAY)).isEmpty();
    }

    @Test
    void aStateCodeGivesTheStateFurtherNamesAndBodiesThatStandForIt() {
        assertThat(PACKAGED.lookup("Islamic Republic of Afghanistan", DAY)).containsExactly(new Match("state/AFG", Kind.ALIAS, "state/AFG", null));
        assertThat(PACKAGED.lookup("Afghan National Security Forces", DAY)).containsExactly(new Match("state/AFG", Kind.METONYM, "state/AFG", null));
    }

    @Test
    void anOfficeHolderSpeaksForTheStateOfTheRoleOfTheDay() {
        assertThat(PACKAGED.lookup("Paul Biya", DAY)).containsExactly(new Match("person/paul-biya", Kind.PERSON, "state/CMR", null));
        assertThat(PACKAGED.lookup("Paul Biya", LocalDate.of(1970, 1, 1))).extracting(Match::actor)
                .as("an elite (CMRELI) speaks for no state").containsOnlyNulls();
    }

    @Test
    void anInternationalOfficialSpeaksForTheOrganisationOfTheirRoleThatDay() {
        assertThat(PACKAGED.lookup("Kofi Annan", LocalDate.of(2000, 1, 1))).extracting(Match::actor).containsExactly("org/UN");
        assertThat(PACKAGED.lookup("Dimitrij Rupel", LocalDate.of(2008, 3, 1))).extracting(Match::actor).containsExactly("org/EU");
        assertThat(PACKAGED.lookup("United Nations Commission for Refugees", DAY)).extracting(Match::actor).containsExactly("org/UN");
    }

    @Test
    void theCuratedTablesWinForTheSamePersonAndTheSameName() {
        assertThat(PACKAGED.lookup("Putin", DAY)).containsExactly(new Match("person/vladimir-putin", Kind.PERSON, "state/RUS", null));
        assertThat(PACKAGED.lookup("Sergey Lavrov", DAY)).extracting(Match::entity).containsExactly("person/sergey-lavrov");
        assertThat(PACKAGED.lookup("Javier Solana", LocalDate.of(1995, 8, 1))).extracting(Match::actor)
                .as("the tables give him NATO from 1995-12-05 only; the dictionary's EU presidency is not his then").containsOnlyNulls();
        assertThat(PACKAGED.lookup("NATO", DAY)).extracting(Match::entity).containsExactly("org/NATO");
    }

    @Test
    void anAnalystsOwnDictionaryAddsNamesAndWinsOverThePackagedOnes() {
        Gazetteer own = Gazetteer.of(PhoenixDictionaries.withDictionaries(TABLES,
                List.of(Path.of("src/test/resources/petrarch-dictionaries/own.actors.txt"))));
        assertThat(own.lookup("Northern Watch", DAY)).containsExactly(
                new Match("group/northern-watch-collective", Kind.NAME, "group/northern-watch-collective", null));
        assertThat(own.lookup("Taliban", DAY)).as("[---]: not an actor").isEmpty();
        assertThat(own.lookup("Olena Koval", DAY)).extracting(Match::actor).containsExactly("state/UKR");
        assertThat(own.lookup("Olena Koval", LocalDate.of(2025, 1, 1))).extracting(Match::actor).containsOnlyNulls();
    }

    /** Not a check: prints how long building the gazetteer takes with and without the dictionaries, and the heap it holds. */
    @Test
    void buildingTheMergedGazetteerTakes() {
        for (int run = 0; run < 3; run++) {
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            ReferenceData tables = ReferenceReader.read(Path.of("data/reference"));
            Gazetteer curated = Gazetteer.of(tables);
            long curatedDone = System.nanoTime();
            ReferenceData merged = PhoenixDictionaries.withDictionaries(tables, List.of());
            long mergeDone = System.nanoTime();
            Gazetteer withDictionaries = Gazetteer.of(merged);
            long end = System.nanoTime();
            System.gc();
            System.out.printf("timing run %d: tables and curated gazetteer %d ms; dictionaries read and merged %d ms, merged gazetteer %d ms;"
                            + " %d names, %d people, %d groups; heap held %d MiB%n", run, (curatedDone - start) / 1_000_000,
                    (mergeDone - curatedDone) / 1_000_000, (end - mergeDone) / 1_000_000, merged.dictionaries().names().size(),
                    merged.dictionaries().people().size(), merged.dictionaries().groups().size(), (usedHeap() - heapBefore) >> 20);
            assertThat(withDictionaries.longestName()).isGreaterThanOrEqualTo(curated.longestName());
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
