package org.entente.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.facts.Statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole score as JSON, for scripts: {@code overall} and each of {@code articles} with their
 * counts, precision, recall and F1, their scores per act ({@code acts}) and the number of misses of
 * each error kind ({@code errorKinds}); each article also lists its {@code misses} (with their kind)
 * and {@code falsePositives}; {@code skipped} names the inputs that were not scored and why.
 */
public final class ScoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreJson() {
    }

    public static void write(List<ArticleScore> scores, List<String> skipped, Path file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("overall", summary(ArticleScore.total(scores)));
        ArrayNode articles = root.putArray("articles");
        for (ArticleScore score : scores) {
            ObjectNode article = summary(score);
            ArrayNode misses = article.putArray("misses");
            score.misses().forEach(miss -> misses.add(miss(miss)));
            ArrayNode falsePositives = article.putArray("falsePositives");
            score.falsePositives().forEach(wrong -> falsePositives.add(statement(wrong)));
            articles.add(article);
        }
        ArrayNode skips = root.putArray("skipped");
        skipped.forEach(skips::add);
        try {
            MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static ObjectNode summary(ArticleScore score) {
        ObjectNode node = counts(MAPPER.createObjectNode().put("article", score.article()), score.counts());
        ArrayNode acts = node.putArray("acts");
        score.acts().forEach(act -> acts.add(counts(MAPPER.createObjectNode().put("act", act.act()), act.counts())));
        ObjectNode kinds = node.putObject("errorKinds");
        score.errorKinds().forEach((kind, count) -> kinds.put(kind.label(), count));
        return node;
    }

    private static ObjectNode counts(ObjectNode node, MatchCounts counts) {
        return node.put("required", counts.required()).put("found", counts.found())
                .put("extracted", counts.extracted()).put("correct", counts.correct())
                .put("precision", counts.precision()).put("recall", counts.recall()).put("f1", counts.f1());
    }

    private static ObjectNode miss(Miss miss) {
        GoldLine line = miss.line();
        return MAPPER.createObjectNode().put("kind", miss.kind().label()).put("act", line.act())
                .put("actor", line.actor()).put("target", line.target()).put("date", line.date())
                .put("evidence", line.evidence());
    }

    private static ObjectNode statement(Statement statement) {
        return MAPPER.createObjectNode().put("act", statement.act()).put("actor", statement.actor())
                .put("target", statement.target()).put("date", statement.date()).put("method", statement.method())
                .put("sentence", statement.sentence().text());
    }
}
