package org.entente.extract;

import org.entente.SampleData;
import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.facts.Facts;
import org.entente.facts.FactsJson;
import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.ShapesCheck;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction measured on the two sample articles against their gold file
 * (recall of required lines at least 0.9, precision at least 0.85, nothing from page noise), and on
 * the held-out set of other events (written without seeing the extractor), where the test only
 * guards against regressions below the scores measured when it was written.
 */
class ExtractionQualityTest {

    static final FactsExtractor EXTRACTOR = FactsExtractor.load(ReferenceReader.read(SampleData.REFERENCE));
    static final Path HELD_OUT = Path.of("src/test/resources/extraction/heldout");

    static List<Facts> extract(Path articles) {
        List<String> skipped = new ArrayList<>();
        List<Facts> facts = ArticleFiles.readAll(List.of(articles), ArticleMetadata.NONE, skipped::add).stream()
                .map(EXTRACTOR::extract).toList();
        assertThat(skipped).isEmpty();
        return facts;
    }

    static ArticleScore score(List<Facts> facts, Path gold) {
        List<GoldLine> lines = GoldFile.read(gold);
        return ArticleScore.total(facts.stream().map(f -> GoldScorer.score(f, lines)).toList());
    }

    @Test
    void theSampleArticlesMeetTheQualityBar() {
        ArticleScore score = score(extract(SampleData.ARTICLES), SampleData.GOLD);

        assertThat(score.recall()).as("recall of required lines").isGreaterThanOrEqualTo(0.9);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void nothingIsExtractedFromPageNoise() {
        List<GoldLine> forbidden = new ArrayList<>(GoldFile.read(SampleData.GOLD));
        forbidden.addAll(GoldFile.read(HELD_OUT.resolve("gold.jsonl")));
        forbidden.removeIf(line -> !line.forbidden() || line.note() != null && line.note().contains("negat"));
        List<Facts> all = new ArrayList<>(extract(SampleData.ARTICLES));
        all.addAll(extract(HELD_OUT.resolve("articles")));

        for (Facts facts : all) {
            List<GoldLine> noise = forbidden.stream().filter(line -> line.article().equals(facts.article().id())).toList();
            assertThat(facts.statements()).allSatisfy(statement -> assertThat(noise)
                    .noneSatisfy(line -> assertThat(statement.sentence().text()).contains(line.evidence().replace("...", ""))));
        }
    }

    @Test
    void theHeldOutSetStaysAtLeastAsGoodAsWhenMeasured() {
        ArticleScore score = score(extract(HELD_OUT.resolve("articles")), HELD_OUT.resolve("gold.jsonl"));

        // measured 2026-11-25: recall 0.441, precision 0.647 (see README); a floor a little below guards against regressions
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.40);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void extractedFactsAreValidFactsFilesAndConformToTheShapes() {
        FactsConverter converter = new FactsConverter(SampleData.IRIS, ActScheme.load());
        ShapesCheck shapes = ShapesCheck.load();
        List<Facts> all = new ArrayList<>(extract(SampleData.ARTICLES));
        all.addAll(extract(HELD_OUT.resolve("articles")));

        for (Facts facts : all) {
            byte[] json = FactsJson.write(facts).getBytes(StandardCharsets.UTF_8);
            Facts read = FactsJson.read(facts.article().id() + ".json", json); // schema and rules, or it throws
            shapes.requireConforms(converter.convert(read));
            assertThat(read.statements()).isNotEmpty();
        }
    }

    @Test
    void extractionIsAPureFunctionOfTheArticle() {
        Article article = ArticleFiles.readAll(List.of(SampleData.ARTICLES), ArticleMetadata.NONE, s -> { }).get(0);

        assertThat(FactsJson.write(EXTRACTOR.extract(article))).isEqualTo(FactsJson.write(EXTRACTOR.extract(article)));
    }
}
