package org.entente.evaluate;

import org.entente.facts.ArticleInfo;
import org.entente.facts.Facts;
import org.entente.facts.Span;
import org.entente.facts.Statement;
import org.junit.jupiter.api.Test;

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
}
