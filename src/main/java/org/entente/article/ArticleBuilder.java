package org.entente.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Makes an {@link Article} from metadata and text, refusing what later stages cannot use. */
final class ArticleBuilder {

    private static final Pattern UNSAFE_ID = Pattern.compile("[^A-Za-z0-9_.-]+");

    private ArticleBuilder() {
    }

    /**
     * The article, with the id of the metadata or else {@code fallbackId}, and the publication day of
     * the metadata or else of {@code defaults}; {@code where} names the input in messages.
     */
    static Article build(ArticleMetadata metadata, ArticleMetadata defaults, String fallbackId, String text, String where) {
        ArticleMetadata known = metadata.or(defaults);
        if (text == null || text.isBlank()) {
            throw new UnreadableArticleException(where + ": the article has no text");
        }
        if (known.published() == null) {
            throw new UnreadableArticleException(where + ": no publication date; give \"published\": \"YYYY-MM-DD\" in the"
                    + " article's metadata (a sidecar .json, front matter or the feed line), or --published for the batch");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(known.published());
        } catch (DateTimeParseException e) {
            throw new UnreadableArticleException(where + ": published \"" + known.published() + "\" is not a day (YYYY-MM-DD)");
        }
        String id = UNSAFE_ID.matcher(known.id() != null ? known.id() : fallbackId).replaceAll("_");
        return new Article(id, known.title(), published, known.source(), known.url(),
                known.language() == null ? "en" : known.language(), text);
    }
}
