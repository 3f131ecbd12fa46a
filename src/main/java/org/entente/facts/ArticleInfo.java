package org.entente.facts;

/** The article a facts file is about; {@code id} is stable and names the article's graph. */
public record ArticleInfo(String id, String title, String published, String source, String url,
                          String language) {
}
