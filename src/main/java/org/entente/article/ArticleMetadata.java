package org.entente.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What is known of an article besides its text, as a sidecar {@code {name}.json} beside a
 * {@code .txt} file, a front-matter block, or the fields of a feed line. All fields may be missing;
 * {@code published} is {@code YYYY-MM-DD}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleMetadata(String id, String title, String published, String source, String url, String language) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);

    /** These values, each filled from {@code fallback} where missing here. */
    ArticleMetadata or(ArticleMetadata fallback) {
        return new ArticleMetadata(first(id, fallback.id), first(title, fallback.title), first(published, fallback.published),
                first(source, fallback.source), first(url, fallback.url), first(language, fallback.language));
    }

    private static String first(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
