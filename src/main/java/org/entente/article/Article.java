package org.entente.article;

import java.time.LocalDate;

/**
 * One news article: a stable id (from its file name or url), its metadata, and the clean text
 * whose character offsets every fact refers to. {@code published} is the day relative dates
 * ("on Friday") are resolved against.
 */
public record Article(String id, String title, LocalDate published, String source, String url, String language,
                      String text) {
}
