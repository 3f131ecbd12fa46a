package org.entente.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.evaluate.GoldLine;
import org.entente.reference.ReferenceData;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a generated corpus into a folder: per article {@code {id}.txt} and a sidecar
 * {@code {id}.json} (title, published, source, url, language), and one {@code gold.jsonl} with the
 * gold lines of all of them. Each article is written as soon as it is made, so memory does not grow
 * with the corpus. The same seed gives the same bytes: one {@link SplittableRandom} split per article,
 * no clock, no hash order.
 */
public final class CorpusWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleComposer composer;

    public CorpusWriter(ReferenceData reference) {
        this.composer = new ArticleComposer(Templates.load(), new Cast(reference));
    }

    /** What was written. */
    public record Summary(int articles, long goldLines, long bytes) {
    }

    public Summary write(int articles, long seed, Path folder) {
        SplittableRandom random = new SplittableRandom(seed);
        long lines = 0;
        long bytes = 0;
        try {
            Files.createDirectories(folder);
            try (BufferedWriter gold = Files.newBufferedWriter(folder.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                for (int n = 1; n <= articles; n++) {
                    GeneratedArticle article = composer.compose(String.format("s%d-%07d", seed, n), random.split());
                    bytes += writeArticle(article, folder);
                    for (GoldLine line : article.gold()) {
                        gold.write(JSON.writeValueAsString(goldJson(line)));
                        gold.write('\n');
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + folder, e);
        }
        return new Summary(articles, lines, bytes);
    }

    private static long writeArticle(GeneratedArticle article, Path folder) throws IOException {
        byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(article.id() + ".txt"), text);
        ObjectNode sidecar = JSON.createObjectNode()
                .put("title", article.title())
                .put("published", article.published().toString())
                .put("source", article.source())
                .put("url", article.url())
                .put("language", "en");
        Files.write(folder.resolve(article.id() + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sidecar));
        return text.length;
    }

    /** A gold line in the field order of the gold README; forbidden lines carry only the passage and why. */
    private static ObjectNode goldJson(GoldLine line) {
        ObjectNode json = JSON.createObjectNode().put("article", line.article());
        if (line.forbidden()) {
            return json.put("forbidden", true).put("evidence", line.evidence()).put("note", line.note());
        }
        json.put("actor", line.actor()).put("act", line.act()).put("target", line.target());
        line.about().forEach(json.putArray("about")::add);
        json.put("date", line.date()).put("required", line.required()).put("evidence", line.evidence());
        if (line.note() != null) {
            json.put("note", line.note());
        }
        return json;
    }
}
