package org.entente.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * JSON Lines feeds: one article a line, an object with {@code text} (required) and {@code id},
 * {@code title}, {@code published}, {@code source}, {@code url}, {@code language}. Without an id the
 * article is named after its url (so the same url always gives the same id) or its place in the
 * feed. A line that cannot be read is reported with its number and skipped; the feed is read as a
 * stream, one line at a time.
 */
final class JsonlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticleReader() {
    }

    static void read(Path feed, ArticleMetadata defaults, Consumer<Article> articles, Consumer<String> skipped) {
        try (BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(feed),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            String line;
            int number = 0;
            boolean any = false;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                try {
                    articles.accept(article(line, feed, number, defaults));
                } catch (UnreadableArticleException e) {
                    skipped.accept(e.getMessage());
                }
            }
            if (!any) {
                skipped.accept(feed + ": an empty feed, with no article line in it");
            }
        } catch (CharacterCodingException e) {
            skipped.accept(feed + ": not UTF-8 text; the rest of the feed is skipped");
        } catch (IOException e) {
            skipped.accept(feed + ": cannot read the feed: " + e.getMessage());
        }
    }

    private static Article article(String line, Path feed, int number, ArticleMetadata defaults) {
        String where = feed + ", line " + number;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new UnreadableArticleException(where + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!node.isObject()) {
            throw new UnreadableArticleException(where + ": not a JSON object");
        }
        ArticleMetadata metadata = new ArticleMetadata(text(node, "id"), text(node, "title"), text(node, "published"),
                text(node, "source"), text(node, "url"), text(node, "language"));
        String fallbackId = metadata.url() != null ? TextFiles.stem(feed) + "-" + digest(metadata.url())
                : TextFiles.stem(feed) + "-" + number;
        return ArticleBuilder.build(metadata, defaults, fallbackId, text(node, "text"), where);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String digest(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
