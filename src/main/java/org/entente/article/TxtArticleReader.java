package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain-text articles. Metadata comes from a sidecar {@code {name}.json} beside the file, or from a
 * front-matter block at the top ({@code ---}, lines of {@code key: value}, {@code ---}); the text
 * after the front matter is the article's text, kept exactly (offsets refer to it).
 */
final class TxtArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FENCE = "---";

    private TxtArticleReader() {
    }

    static Article read(Path file, ArticleMetadata defaults) {
        String content = TextFiles.read(file);
        ArticleMetadata metadata = sidecar(file);
        String text = content;
        if (content.startsWith(FENCE + "\n")) {
            int end = content.indexOf("\n" + FENCE + "\n", FENCE.length());
            if (end < 0) {
                throw new UnreadableArticleException(file + ", line 1: front matter opened with --- is never closed");
            }
            metadata = metadata.or(frontMatter(content.substring(FENCE.length() + 1, end)));
            text = content.substring(end + FENCE.length() + 2);
        }
        return ArticleBuilder.build(metadata, defaults, TextFiles.stem(file), text, file.toString());
    }

    private static ArticleMetadata sidecar(Path file) {
        Path json = file.resolveSibling(TextFiles.stem(file) + ".json");
        if (!Files.isRegularFile(json)) {
            return ArticleMetadata.NONE;
        }
        try {
            return JSON.readValue(TextFiles.read(json), ArticleMetadata.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticleException(json + ", line " + e.getLocation().getLineNr() + ": not valid article metadata: "
                    + e.getOriginalMessage());
        }
    }

    private static ArticleMetadata frontMatter(String block) {
        Map<String, String> fields = new HashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new ArticleMetadata(fields.get("id"), fields.get("title"), fields.get("published"), fields.get("source"),
                fields.get("url"), fields.get("language"));
    }
}
