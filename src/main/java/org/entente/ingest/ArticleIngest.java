package org.entente.ingest;

import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.extract.FactsExtractor;
import org.entente.facts.Facts;
import org.entente.rdf.NamedGraph;
import org.entente.store.FactsLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The ingest loop of {@code ingest}, {@code demo --extract} and {@code bench}: articles read
 * {@code batchSize} at a time, their facts extracted in parallel over {@code threads} threads, an
 * article whose extraction fails skipped with its reason (one article never stops a batch), and
 * each batch loaded in one transaction, the reference graph with the first.
 */
public final class ArticleIngest {

    /** Articles per load transaction where the caller has no reason to choose. */
    public static final int DEFAULT_BATCH = 500;

    private final FactsExtractor extractor;
    private final FactsLoader loader;
    private final int threads;
    private final int batchSize;

    /** {@code threads} of 0 or less means one per core. */
    public ArticleIngest(FactsExtractor extractor, FactsLoader loader, int threads, int batchSize) {
        this.extractor = extractor;
        this.loader = loader;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.batchSize = batchSize;
    }

    /** What an ingest has done so far: load transactions, articles read into them, statements loaded. */
    public record Totals(int batches, int articles, int statements) {
        static final Totals NONE = new Totals(0, 0, 0);

        Totals plus(int moreArticles, int moreStatements) {
            return new Totals(batches + 1, articles + moreArticles, statements + moreStatements);
        }
    }

    /**
     * Ingests the articles of {@code inputs} with the reference graph (skipped where null; loaded alone
     * where there is no article). Unreadable inputs and failed extractions go to {@code skipped};
     * {@code afterBatch} hears the totals after each load transaction.
     */
    public Totals ingest(List<Path> inputs, ArticleMetadata defaults, NamedGraph reference,
                         Consumer<String> skipped, Consumer<Totals> afterBatch) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        Totals[] totals = {Totals.NONE};
        NamedGraph[] pendingReference = {reference};
        try {
            ArticleFiles.readBatches(inputs, defaults, batchSize, batch -> {
                totals[0] = load(batch, extracted(batch, pool, skipped), pendingReference[0], totals[0]);
                pendingReference[0] = null; // the reference graph goes in with the first batch only
                afterBatch.accept(totals[0]);
            }, skipped);
            if (pendingReference[0] != null) {
                totals[0] = load(List.of(), List.of(), pendingReference[0], totals[0]); // no article: the reference graph alone
                afterBatch.accept(totals[0]);
            }
            return totals[0];
        } finally {
            pool.shutdown();
        }
    }

    private Totals load(List<Article> batch, List<FactsLoader.Sourced> facts, NamedGraph reference, Totals before) {
        FactsLoader.Report report = loader.loadFacts(facts, reference);
        return before.plus(batch.size(), report.statements());
    }

    private List<FactsLoader.Sourced> extracted(List<Article> batch, ForkJoinPool pool, Consumer<String> skipped) {
        try {
            return pool.submit(() -> batch.parallelStream()
                    .map(article -> extracted(article, skipped)).filter(Objects::nonNull).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }

    private FactsLoader.Sourced extracted(Article article, Consumer<String> skipped) {
        Facts facts = extractOrSkip(extractor, article, skipped);
        return facts == null ? null : new FactsLoader.Sourced(facts, article.id());
    }

    /**
     * The article's facts, or null with the article skipped and its reason given to {@code skipped},
     * where its extraction fails: one article never stops a batch.
     */
    public static Facts extractOrSkip(FactsExtractor extractor, Article article, Consumer<String> skipped) {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            skipped.accept(article.id() + ": the extraction failed: " + e);
            return null;
        }
    }
}
