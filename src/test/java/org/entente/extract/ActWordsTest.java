package org.entente.extract;

import org.entente.article.Article;
import org.entente.facts.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example sentence of {@code data/lexicon/act-examples.tsv} gives its statement, or none where it says "-". */
class ActWordsTest {

    static Stream<String[]> examples() {
        return LexiconFile.packaged("act-examples.tsv", List.of("sentence", "actor", "act", "target")).stream()
                .map(row -> new String[] {row.get("sentence"), row.get("actor"), row.get("act"), row.get("target")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyActWordReadsItsExamples(String sentence, String actor, String act, String target) {
        Article article = new Article("example", null, LocalDate.of(2021, 5, 24), null, null, "en", sentence);

        List<Statement> statements = ExtractionQualityTest.EXTRACTOR.extract(article).statements();

        if (act.equals("-")) {
            assertThat(statements).as("statements of \"%s\"", sentence).isEmpty();
        } else {
            assertThat(statements).as("statements of \"%s\"", sentence)
                    .anySatisfy(statement -> assertThat(List.of(statement.actor(), statement.act(), String.valueOf(statement.target())))
                            .containsExactly(actor, act, target.equals("-") ? "null" : target));
        }
    }
}
