package org.entente.cli;

import org.entente.article.ArticleMetadata;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** What a batch of raw articles may lack: the publication day, given once for articles without metadata. */
final class ArticleOptions {

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication day of articles whose metadata does not give one (relative dates are resolved against it).")
    LocalDate published;

    ArticleMetadata defaults() {
        return new ArticleMetadata(null, null, published == null ? null : published.toString(), null, null, null);
    }
}
