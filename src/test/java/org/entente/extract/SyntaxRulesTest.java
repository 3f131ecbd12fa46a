package org.entente.extract;

import org.entente.article.Article;
import org.entente.facts.Statement;
import org.entente.io.TsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example sentence of {@code data/lexicon/syntax-examples.tsv} gives its statement, read by its rule. */
class SyntaxRulesTest {

    private static final List<TsvFile.Row> EXAMPLES =
            LexiconFile.packaged("syntax-examples.tsv", List.of("rule", "sentence", "actor", "act", "target"));

    static Stream<String[]> examples() {
        return EXAMPLES.stream().map(row -> new String[] {row.get("rule"), row.get("sentence"), row.get("actor"), row.get("act"),
                row.get("target")});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyRuleReadsItsExamples(String rule, String sentence, String actor, String act, String target) {
        Article article = new Article("example", null, LocalDate.of(2024, 1, 15), null, null, "en", sentence);

        List<Statement> statements = ExtractionQualityTest.EXTRACTOR.extract(article).statements();
        if (act.equals("-")) {
            assertThat(statements).as("statements of \"%s\"", sentence).isEmpty();
            return;
        }

        assertThat(statements).as("statements of \"%s\"", sentence).anySatisfy(statement -> {
            assertThat(statement.actor()).isEqualTo(actor);
            assertThat(statement.act()).isEqualTo(act);
            assertThat(statement.target()).isEqualTo(target.equals("-") ? null : target);
            if (!rule.equals("name-part")) {
                assertThat(statement.method().split("\\+")).contains(rule);
            }
        });
    }

    @Test
    void everyRuleHasAnExample() {
        List<String> exemplified = EXAMPLES.stream().map(row -> row.get("rule")).toList();

        assertThat(exemplified).containsAll(SyntaxReader.load().ruleNames());
    }
}
