package org.entente.evaluate;

import org.entente.facts.ArticleInfo;
import org.entente.facts.Facts;
import org.entente.facts.Span;
import org.entente.facts.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldScorerTest {

    static final ArticleInfo ARTICLE = new ArticleInfo("a1", "t", "2021-12-10", null, null, "en");

    static Statement statement(String act, String actor, String target, String date, String sentence) {
        return new Statement(act, actor, null, target, null, date, null, new Span(sentence, 0, sentence.length()),
                null, null, false, 1.0, "test");
    }

    static GoldLine line(String act, String actor, String target, String date, boolean required) {
        return new GoldLine("a1", actor, act, target, List.of(), date, required, false, "evidence", null);
    }

    static Facts facts(Statement... statements) {
        return new Facts(ARTICLE, List.of(), List.of(), List.of(statements));
    }

    @Test
    void actFamiliesMatchAndEachGoldLineMatchesOnce() {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", "NATO", "2021-12-10", true));

        ArticleScore score = GoldScorer.score(facts(
                statement("REQUEST", "state/RUS", "org/NATO", "2021-12-10", "a"),
                statement("DEMAND", "state/RUS", "org/NATO", "2021-12-10", "b")), gold);

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.falsePositives()).hasSize(1);
    }

    @Test
    void aNonStateActorMatchesTheKeyOfItsSlug() {
        List<GoldLine> gold = List.of(line("CONSULT", "TALIBAN", "USA", null, true), line("SANCTION", "DEU", "MAHANAIR", null, true),
                line("OPPOSE", "SDF", "USA", null, true));

        ArticleScore score = GoldScorer.score(facts(
                statement("CONSULT", "group/taliban", "state/USA", "2021-12-10", "a"),
                statement("SANCTION", "state/DEU", "group/mahan-air", "2021-12-10", "b"),
                statement("OPPOSE", "group/syrian-democratic-forces", "state/USA", "2021-12-10", "c")), gold);

        assertThat(score.misses()).extracting(miss -> miss.line().actor()).containsExactly("SDF");
        assertThat(score.falsePositives()).hasSize(1);
    }

    @Test
    void aWrongDateOrTargetIsAMiss() {
        List<GoldLine> gold = List.of(line("REJECT", "NATO", "RUS", "2021-12-10", true));

        ArticleScore score = GoldScorer.score(facts(
                statement("OPPOSE", "org/NATO", "state/RUS", "2021-12-11", "a"),
                statement("OPPOSE", "org/NATO", "state/USA", "2021-12-10", "b")), gold);

        assertThat(score.recall()).isZero();
        assertThat(score.misses()).hasSize(1);
        assertThat(score.f1()).isZero();
    }

    @Test
    void consultMatchesInEitherDirection() {
        List<GoldLine> gold = List.of(line("CONSULT", "RUS", "CHN", null, true));

        ArticleScore score = GoldScorer.score(facts(statement("CONSULT", "state/CHN", "state/RUS", null, "a")), gold);

        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void requiredLinesAreMatchedBeforeOptionalOnes() {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", null, null, false), line("DEMAND", "RUS", "NATO", null, true));

        ArticleScore score = GoldScorer.score(facts(statement("DEMAND", "state/RUS", "org/NATO", null, "a")), gold);

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
    }

    @Test
    void aStatementFromAForbiddenPassageIsAlwaysWrong() {
        List<GoldLine> gold = List.of(line("ACCUSE", "ISR", null, null, false),
                new GoldLine("a1", null, null, null, null, null, false, true, "Israel Attacks Iran", "headline"));

        ArticleScore score = GoldScorer.score(facts(statement("ACCUSE", "state/ISR", null, null, "Israel Attacks Iran")), gold);

        assertThat(score.precision()).isZero();
    }

    @Test
    void actTypesAreScoredAsLabelledRecallByTheGoldActPrecisionByTheExtractedAct() {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", "NATO", null, true), line("OPPOSE", "NATO", "RUS", null, true));

        ArticleScore score = GoldScorer.score(facts(
                statement("REQUEST", "state/RUS", "org/NATO", null, "a"),
                statement("WARN", "state/RUS", "state/USA", null, "b")), gold);

        assertThat(score.acts()).containsExactly(
                new ActScore("DEMAND", new MatchCounts(1, 1, 0, 0)),
                new ActScore("OPPOSE", new MatchCounts(1, 0, 0, 0)),
                new ActScore("REQUEST", new MatchCounts(0, 0, 1, 1)),
                new ActScore("WARN", new MatchCounts(0, 0, 1, 0)));
        assertThat(ArticleScore.total(List.of(score, score)).acts().get(0))
                .isEqualTo(new ActScore("DEMAND", new MatchCounts(2, 2, 0, 0)));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} on {3} misses DEMAND RUS -> NATO on 2021-12-10 by {4}")
    @CsvSource({
            "USA, DEMAND,  NATO, 2021-12-10, actor",
            "RUS, WARN,    NATO, 2021-12-10, act",
            "RUS, REQUEST, USA,  2021-12-10, target",
            "RUS, DEMAND,  NATO, 2021-12-11, date",
            "RUS, DEMAND,  USA,  2021-12-11, target",
            "USA, DEMAND,  NATO, 2021-12-11, actor",
            "USA, WARN,    NATO, 2021-12-10, none found",
            "RUS, WARN,    USA,  2021-12-10, none found"})
    void aMissIsNamedByTheFieldInWhichTheNearestStatementDiffers(String actor, String act, String target, String date,
                                                                 String kind) {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", "NATO", "2021-12-10", true));

        ArticleScore score = GoldScorer.score(facts(statement(act, "state/" + actor, "org/" + target, date, "a")), gold);

        assertThat(score.misses()).extracting(miss -> miss.kind().label()).containsExactly(kind);
    }

    @Test
    void aTargetTheGoldLineLeavesEmptyDoesNotMakeAStatementNear() {
        List<GoldLine> gold = List.of(line("MOBILIZE", "RUS", null, "2021-12-10", true));

        ArticleScore otherAct = GoldScorer.score(facts(statement("WARN", "state/RUS", "org/NATO", "2021-12-10", "a")), gold);
        ArticleScore otherDay = GoldScorer.score(facts(statement("MOBILIZE", "state/RUS", null, "2021-12-11", "a")), gold);

        assertThat(otherAct.misses()).extracting(Miss::kind).containsExactly(ErrorKind.NONE_FOUND);
        assertThat(otherDay.misses()).extracting(Miss::kind).containsExactly(ErrorKind.DATE);
    }

    @Test
    void theStatementDifferingInFewestFieldsNamesTheMissAndTiesGoByActorActTargetDate() {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", "NATO", "2021-12-10", true));

        ArticleScore fewest = GoldScorer.score(facts(
                statement("DEMAND", "state/USA", "org/NATO", "2021-12-11", "a"),
                statement("DEMAND", "state/RUS", "org/NATO", "2021-12-11", "b")), gold);
        ArticleScore tie = GoldScorer.score(facts(
                statement("DEMAND", "state/RUS", "org/NATO", "2021-12-11", "a"),
                statement("DEMAND", "state/USA", "org/NATO", "2021-12-10", "b")), gold);

        assertThat(fewest.misses()).extracting(Miss::kind).containsExactly(ErrorKind.DATE);
        assertThat(tie.misses()).extracting(Miss::kind).containsExactly(ErrorKind.ACTOR);
    }

    @Test
    void aStatementTakenByAnotherGoldLineDoesNotExplainAMissAndErrorKindsAreCounted() {
        List<GoldLine> gold = List.of(line("DEMAND", "RUS", "NATO", null, true), line("DEMAND", "RUS", "NATO", null, true),
                line("CONSULT", "RUS", "CHN", "2021-12-15", true));

        ArticleScore score = GoldScorer.score(facts(
                statement("DEMAND", "state/RUS", "org/NATO", null, "a"),
                statement("CONSULT", "state/CHN", "state/RUS", "2021-12-16", "b")), gold);

        assertThat(score.misses()).extracting(Miss::kind).containsExactly(ErrorKind.NONE_FOUND, ErrorKind.DATE);
        assertThat(score.errorKinds()).containsEntry(ErrorKind.NONE_FOUND, 1).containsEntry(ErrorKind.DATE, 1)
                .containsEntry(ErrorKind.ACTOR, 0).hasSize(5);
    }
}
