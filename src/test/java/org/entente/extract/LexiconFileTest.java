package org.entente.extract;

import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.facts.Facts;
import org.entente.io.TsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconFileTest {

    @Test
    void theHeaderOfTheActLexiconIsNeverReadAsARule() {
        List<TsvFile.Row> rows = LexiconFile.packaged("acts.tsv", List.of("act", "kind", "form"));

        assertThat(rows).isNotEmpty().noneSatisfy(row -> assertThat(row.get("act")).isEqualTo("act"));
    }

    @Test
    void anArticleHoldingAWordThatNamesAColumnIsExtracted() {
        Path article = Path.of("src/test/resources/extraction/lexicon/word-that-names-a-column.txt");
        List<String> skipped = new ArrayList<>();
        List<Facts> facts = ArticleFiles.readAll(List.of(article), ArticleMetadata.NONE, skipped::add).stream()
                .map(ExtractionQualityTest.EXTRACTOR::extract).toList();

        assertThat(skipped).isEmpty();
        assertThat(facts.get(0).statements()).extracting(statement -> statement.act()).doesNotContain("act");
    }

    @Test
    void aRowWithAnUnknownColumnCountNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.tsv"), "# a comment\nact\tkind\tform\nDEMAND\tverb\n");

        assertThatThrownBy(() -> TsvFile.read(file, List.of("act", "kind", "form")))
                .hasMessageContaining("rules.tsv, line 3");
    }

    @Test
    void aHeaderWithoutAColumnIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.tsv"), "act\tform\nDEMAND\tdemand\n");

        assertThatThrownBy(() -> TsvFile.read(file, List.of("act", "kind", "form")))
                .hasMessageContaining("rules.tsv, line 1").hasMessageContaining("[kind]");
    }
}
