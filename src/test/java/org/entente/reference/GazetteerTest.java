package org.entente.reference;

import org.entente.reference.Gazetteer.Kind;
import org.entente.reference.Gazetteer.Match;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    static final Gazetteer GAZETTEER = Gazetteer.of(ReferenceReader.read(ReferenceReaderTest.MINIMAL));
    static final LocalDate DAY = LocalDate.of(2021, 12, 10);

    @Test
    void aPersonSpeaksForTheStateWhosePostTheyHoldThatDay() {
        assertThat(GAZETTEER.lookup("Putin", DAY)).containsExactly(new Match("person/vladimir-putin", Kind.PERSON, "state/RUS", null));
        assertThat(GAZETTEER.lookup("Medvedev", LocalDate.of(2010, 1, 1))).extracting(Match::actor).containsExactly("state/RUS");
        assertThat(GAZETTEER.lookup("Medvedev", LocalDate.of(2015, 1, 1))).extracting(Match::actor).containsOnlyNulls();
    }

    @Test
    void aStatesCodeIsReadOnlyInCapitals() {
        assertThat(GAZETTEER.lookup("RUS", DAY)).extracting(Match::entity).containsExactly("state/RUS");
        assertThat(GAZETTEER.lookup("Rus", DAY)).isEmpty();
        assertThat(GAZETTEER.lookup("rus", DAY)).isEmpty();
    }

    @Test
    void aTitleResolvesToThePostAndItsHolderOnTheDay() {
        assertThat(GAZETTEER.lookup("the Secretary General", DAY))
                .containsExactly(new Match("office/nato-secretary-general", Kind.OFFICE, "org/NATO", "person/jens-stoltenberg"));
        assertThat(GAZETTEER.lookup("NATO Secretary General", LocalDate.of(2025, 1, 1)))
                .extracting(Match::holder).containsExactly("person/mark-rutte");
        assertThat(GAZETTEER.holder("office/nato-secretary-general", LocalDate.of(2024, 10, 1))).contains("person/jens-stoltenberg");
    }

    @Test
    void theBeginningsOfNamesAreKnownSoThatARunOfWordsCanStopEarly() {
        assertThat(GAZETTEER.beginsName("NATO Secretary")).isTrue();
        assertThat(GAZETTEER.beginsName("the")).as("the Secretary General").isTrue();
        assertThat(GAZETTEER.beginsName("the Secretary")).isTrue();
        assertThat(GAZETTEER.beginsName("Russian Foreign")).isTrue();
        assertThat(GAZETTEER.beginsName("Russian Foreign Ministry")).as("a whole name begins itself").isTrue();
        assertThat(GAZETTEER.beginsName("Russian Foreign Ministry said")).isFalse();
        assertThat(GAZETTEER.beginsName("demanded on")).isFalse();
    }

    @Test
    void aMinistryStandsForItsStateAndHasNoHolder() {
        assertThat(GAZETTEER.lookup("Russian Foreign Ministry", DAY))
                .containsExactly(new Match("office/rus-mfa", Kind.OFFICE, "state/RUS", null));
    }

    @Test
    void metonymsAndDemonymsStandForTheStateThatExistedThatDay() {
        assertThat(GAZETTEER.lookup("the Kremlin", DAY)).extracting(Match::actor).containsExactly("state/RUS");
        assertThat(GAZETTEER.lookup("Kremlin", LocalDate.of(1985, 3, 11))).extracting(Match::actor)
                .containsExactlyInAnyOrder("state/RUS", "state/SUN");
        assertThat(GAZETTEER.lookup("Soviet", DAY)).isEmpty();
        assertThat(GAZETTEER.lookup("Russian", DAY)).extracting(Match::kind).containsExactly(Kind.DEMONYM);
        assertThat(GAZETTEER.lookup("Kiev", DAY)).extracting(Match::actor).containsExactly("state/UKR");
    }

    @Test
    void acronymsNeedCapitalsAndDotsDoNotMatter() {
        assertThat(GAZETTEER.lookup("U.S.", DAY)).extracting(Match::entity).containsExactly("state/USA");
        assertThat(GAZETTEER.lookup("US", DAY)).extracting(Match::entity).containsExactly("state/USA");
        assertThat(GAZETTEER.lookup("us", DAY)).isEmpty();
        assertThat(GAZETTEER.lookup("Nato", DAY)).extracting(Match::entity).containsExactly("org/NATO");
    }

    @Test
    void anAmbiguousNameGivesEveryReading() {
        assertThat(GAZETTEER.lookup("Brussels", DAY)).extracting(Match::entity).containsExactlyInAnyOrder("org/NATO", "org/EU");
        assertThat(GAZETTEER.lookup("Atlantis", DAY)).isEmpty();
    }

    @Test
    void theLongestNameIsKnownForScanningSentences() {
        assertThat(GAZETTEER.longestName()).isEqualTo(6); // "Ministry of Foreign Affairs of Russia"
    }

    @Test
    void theCuratedTablesResolveTheNamesOfTheSampleArticles() {
        Gazetteer curated = Gazetteer.of(ReferenceReader.read(java.nio.file.Path.of("data/reference")));

        assertThat(curated.lookup("Kiev", DAY)).extracting(Match::actor).containsExactly("state/UKR");
        assertThat(curated.lookup("the Kremlin", DAY)).extracting(Match::actor).containsExactly("state/RUS");
        assertThat(curated.lookup("Stoltenberg", DAY)).extracting(Match::actor).containsExactly("org/NATO");
        assertThat(curated.lookup("Maria Zajárova", DAY)).extracting(Match::actor).containsExactly("state/RUS");
        assertThat(curated.lookup("Atlantic Alliance", DAY)).extracting(Match::entity).containsExactly("org/NATO");
        assertThat(curated.lookup("NATO Secretary General", DAY)).extracting(Match::holder).containsExactly("person/jens-stoltenberg");
        assertThat(curated.lookup("Chinese", DAY)).extracting(Match::actor).containsExactly("state/CHN");
    }
}
