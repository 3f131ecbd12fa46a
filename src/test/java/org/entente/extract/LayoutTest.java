package org.entente.extract;

import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.facts.Facts;
import org.entente.facts.Statement;
import org.entente.io.TsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest {

    private static final Path WIRE_COPY = Path.of("src/test/resources/extraction/layout/wire-copy.txt");
    private static final PageNoise PAGE_NOISE = PageNoise.load();

    static Stream<String[]> examples() {
        return LexiconFile.packaged("layout.tsv", List.of("kind", "pattern", "examples")).stream()
                .flatMap(row -> Layout.examples(row).stream().map(example -> new String[] {row.get("kind"), example}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyLayoutRuleReadsItsExamples(String kind, String example) {
        List<Paragraph> paragraphs = PAGE_NOISE.paragraphs(example);

        if (kind.equals("dateline")) {
            Paragraph first = paragraphs.get(0);
            assertThat(example.substring(first.start(), first.end())).doesNotContain(" - ", " -- ", "(Reuters)", "(AP)")
                    .startsWith(example.substring(first.start(), first.start() + 1).toUpperCase(java.util.Locale.ROOT));
        } else {
            assertThat(paragraphs).singleElement().extracting(Paragraph::noise).isEqualTo("a credit line");
        }
    }

    @Test
    void wrappedWireCopyIsReadInWholeParagraphsAfterItsDateline() {
        String text = read().text();
        List<String> prose = PAGE_NOISE.paragraphs(text).stream().filter(Paragraph::isProse)
                .map(p -> text.substring(p.start(), p.end()).replaceAll("\\s+", " ")).toList();

        assertThat(prose).containsExactly(
                "The Soviet Union demanded on Tuesday that the United States withdraw its warships from the Gulf, the official news agency Tass said.",
                "Foreign Ministry spokesman Gennady Gerasimov told reporters that Moscow rejected the American proposal for joint naval patrols, which Washington put forward last week.",
                "Western diplomats said the two sides were unlikely to meet before the summer.");
    }

    @Test
    void aSentenceWrappedOverLinesYieldsItsActsAndTheDatelineNone() {
        Facts facts = ExtractionQualityTest.EXTRACTOR.extract(read());

        assertThat(facts.statements()).extracting(Statement::actor, Statement::act, Statement::target)
                .contains(org.assertj.core.groups.Tuple.tuple("state/SUN", "DEMAND", "state/USA"));
        assertThat(facts.statements()).filteredOn(s -> s.act().equals("DEMAND")).first()
                .satisfies(s -> assertThat(s.date()).isEqualTo("1987-03-03"));
        assertThat(facts.statements()).noneSatisfy(s -> assertThat(s.actor()).isEqualTo("state/RUS"));
    }

    @Test
    void aTextOfOneParagraphALineKeepsItsLines() {
        String text = "Russia demanded that NATO withdraw its promise.\nNATO rejected the demand on Friday.\n\nShort headline\n";

        assertThat(PAGE_NOISE.paragraphs(text)).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("Russia demanded that NATO withdraw its promise.", "NATO rejected the demand on Friday.", "Short headline");
    }

    private static org.entente.article.Article read() {
        List<String> skipped = new ArrayList<>();
        var articles = ArticleFiles.readAll(List.of(WIRE_COPY), ArticleMetadata.NONE, skipped::add);
        assertThat(skipped).isEmpty();
        return articles.get(0);
    }
}
