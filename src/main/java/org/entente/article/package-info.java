/**
 * Reading articles: plain text with a sidecar {@code .json} or front matter, HTML pages with their
 * boilerplate removed by jsoup, and JSON Lines feeds. Each becomes an {@link org.entente.article.Article}
 * with a stable id and the clean text every later offset refers to; a file that cannot be read is
 * reported with its name (and line) and skipped, and the rest of the batch goes on.
 */
package org.entente.article;
