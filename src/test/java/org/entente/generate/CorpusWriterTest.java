package org.entente.generate;

import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.extract.FactsExtractor;
import org.entente.reference.ReferenceData;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusWriterTest {

    static final ReferenceData REFERENCE = ReferenceReader.read(Path.of("data/reference"));

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesByteIdenticalCorpora() throws IOException {
        new CorpusWriter(REFERENCE).write(30, 7, folder.resolve("a"));
        new CorpusWriter(REFERENCE).write(30, 7, folder.resolve("b"));

        Map<String, byte[]> a = contents(folder.resolve("a"));
        Map<String, byte[]> b = contents(folder.resolve("b"));
        assertThat(a).hasSize(61);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void anotherSeedWritesAnotherCorpus() throws IOException {
        new CorpusWriter(REFERENCE).write(5, 1, folder.resolve("a"));
        new CorpusWriter(REFERENCE).write(5, 2, folder.resolve("b"));

        assertThat(Files.readString(folder.resolve("b/gold.jsonl"))).isNotEqualTo(Files.readString(folder.resolve("a/gold.jsonl")));
    }

    @Test
    void everyGoldEvidenceIsAPassageOfItsArticle() throws IOException {
        new CorpusWriter(REFERENCE).write(50, 3, folder);

        List<GoldLine> gold = GoldFile.read(folder.resolve("gold.jsonl"));
        assertThat(gold).isNotEmpty();
        for (GoldLine line : gold) {
            assertThat(Files.readString(folder.resolve(line.article() + ".txt"))).as(line.article()).contains(line.evidence());
        }
        assertThat(gold).anyMatch(GoldLine::forbidden).anyMatch(line -> line.required() && line.date() != null);
    }

    @Test
    void aCorpusCoversEveryActTypeOfTheOntology() throws IOException {
        new CorpusWriter(REFERENCE).write(200, 5, folder);

        Set<String> acts = GoldFile.read(folder.resolve("gold.jsonl")).stream()
                .filter(line -> !line.forbidden()).map(GoldLine::act).collect(Collectors.toSet());
        assertThat(acts).containsExactlyInAnyOrder("DEMAND", "REQUEST", "PROPOSE", "REJECT", "OPPOSE", "ACCUSE", "THREATEN",
                "WARN", "SUPPORT", "AGREE", "CONSULT", "MOBILIZE", "SANCTION", "WITHDRAW", "DENY");
    }

    @Test
    void theExtractorFindsSomeOfTheGoldOfAGeneratedCorpus() {
        new CorpusWriter(REFERENCE).write(20, 11, folder);
        FactsExtractor extractor = FactsExtractor.load(REFERENCE);
        List<GoldLine> gold = GoldFile.read(folder.resolve("gold.jsonl"));

        List<ArticleScore> scores = new ArrayList<>();
        for (Article article : ArticleFiles.readAll(List.of(folder), ArticleMetadata.NONE, skipped -> { })) {
            scores.add(GoldScorer.score(extractor.extract(article), gold));
        }
        ArticleScore total = ArticleScore.total(scores);
        System.out.printf("generated corpus of 20 articles: recall %.2f (%d/%d), precision %.2f (%d/%d), F1 %.2f%n", total.recall(),
                total.requiredMatched(), total.requiredLines(), total.precision(), total.correct(), total.extracted(), total.f1());
        assertThat(scores).hasSize(20);
        assertThat(total.recall()).isPositive();
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
