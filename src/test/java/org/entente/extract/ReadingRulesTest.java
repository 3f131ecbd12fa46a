package org.entente.extract;

import org.entente.article.Article;
import org.entente.facts.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Readings of real news that the act words alone miss: phrases split by an adverb, present tense, press statements' "I", implicit targets. */
class ReadingRulesTest {

    private static List<Statement> read(String source, String text) {
        Article article = new Article("rules", null, LocalDate.of(2021, 5, 24), source, null, "en", text);
        return ExtractionQualityTest.EXTRACTOR.extract(article).statements();
    }

    @Test
    void aPhraseMayHaveAnAdverbBetweenItsWords() {
        assertThat(read(null, "President Biden spoke today with President Xi Jinping of China."))
                .extracting(Statement::actor, Statement::act, Statement::target).contains(tuple("state/USA", "CONSULT", "state/CHN"));
    }

    @Test
    void aVerbInThePresentTenseIsAnAct() {
        assertThat(read(null, "France condemns the attack on Ukraine."))
                .extracting(Statement::actor, Statement::act).contains(tuple("state/FRA", "OPPOSE"));
    }

    @Test
    void theFirstPersonOfAGovernmentsStatementIsThatGovernment() {
        String text = "I condemn the diversion of the plane by Belarus.";

        assertThat(read("The White House, Briefing Room", text)).extracting(Statement::actor, Statement::act, Statement::target, Statement::method)
                .contains(tuple("state/USA", "OPPOSE", "state/BLR", "first-person-of-author"));
        assertThat(read("Wikinews", text)).noneSatisfy(statement -> assertThat(statement.actor()).isEqualTo("state/USA"));
    }

    @Test
    void anActWithoutANamedTargetIsTowardTheOtherPartyNamedLast() {
        List<Statement> statements = read(null, "Belarus forced a Ryanair plane to land in Minsk on Sunday.\n"
                + "The European Union demanded the immediate release of the journalist.");

        assertThat(statements).filteredOn(statement -> statement.act().equals("DEMAND"))
                .extracting(Statement::actor, Statement::target, Statement::method)
                .containsExactly(tuple("org/EU", "state/BLR", "subject+recent-actor-as-target"));
    }

    @Test
    void anAbbreviationsFullStopEndsNoSentence() {
        assertThat(read(null, "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China."))
                .extracting(Statement::actor, Statement::act, Statement::target).contains(tuple("state/USA", "CONSULT", "state/CHN"));
    }

    @Test
    void anUndatedActInThePresentIsOfThePublicationDay() {
        assertThat(read(null, "The United States condemns the attack by Iran.")).filteredOn(s -> s.act().equals("OPPOSE"))
                .extracting(Statement::date).containsExactly("2021-05-24");
        assertThat(read(null, "The United States condemned the attack by Iran.")).filteredOn(s -> s.act().equals("OPPOSE"))
                .extracting(Statement::date).containsOnlyNulls();
    }

    @Test
    void everyStatementCarriesItsCameoCodeAndPloverType() {
        assertThat(read(null, "Russia demanded that NATO withdraw its promise.")).filteredOn(s -> s.act().equals("DEMAND"))
                .extracting(Statement::cameo, Statement::plover).containsExactly(tuple("10", "DEMAND"));
        assertThat(read(null, "Iran appealed to the United Nations for help.")).filteredOn(s -> s.act().equals("REQUEST"))
                .extracting(Statement::cameo, Statement::plover).containsExactly(tuple("02", null));
    }
}
