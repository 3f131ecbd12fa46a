package org.entente.bench;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.evaluate.ArticleScore;
import org.entente.evaluate.GoldFile;
import org.entente.evaluate.GoldLine;
import org.entente.evaluate.GoldScorer;
import org.entente.extract.EnglishNlp;
import org.entente.extract.FactsExtractor;
import org.entente.facts.Facts;
import org.entente.facts.FactsJson;
import org.entente.generate.CorpusWriter;
import org.entente.ingest.ArticleIngest;
import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.ReferenceConverter;
import org.entente.rdf.ShapesCheck;
import org.entente.reference.ReferenceData;
import org.entente.store.FactsLoader;
import org.entente.store.Tdb2GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One benchmark run on a corpus it generates: each stage alone (read, extract beside OpenNLP's bare
 * split and tokeniser, with its precision and recall on the corpus's gold lines; load beside Jena's
 * parallel loader), the ingest end to end with its memory beside an empty run's, stores of a
 * hundredth, a tenth and all of the corpus, one article reloaded into each and into an empty one,
 * every named query on each beside the smallest, and the store's bytes per quad. Articles stream
 * through in batches; the corpus is never in memory.
 */
public final class BenchRun {

    private static final double MIB = 1024 * 1024;

    private final BenchSettings settings;
    private final ReferenceData reference;
    private final IriScheme iris = IriScheme.defaults();
    private final FactsExtractor extractor;
    private final EnglishNlp nlp = EnglishNlp.load();
    private final FactsConverter converter = new FactsConverter(iris, ActScheme.load());
    private final ShapesCheck shapes = ShapesCheck.load();
    private final PeakMemory memory = new PeakMemory();
    private final List<Row> rows = new ArrayList<>();
    private final long startupNanos;

    public BenchRun(BenchSettings settings, ReferenceData reference) {
        this.settings = settings;
        this.reference = reference;
        long started = System.nanoTime();
        this.extractor = FactsExtractor.load(reference);
        this.startupNanos = System.nanoTime() - started;
    }

    public List<Row> run() {
        Path work = settings.work();
        Path corpus = work.resolve("corpus");
        Path facts = work.resolve("facts");
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            long generating = System.nanoTime();
            new CorpusWriter(reference).write(settings.articles(), settings.seed(), corpus);
            rows.add(Row.alone("generate: articles written", settings.articles() / seconds(generating), "articles/s"));

            memory.reset();
            ingest(work.resolve("store-empty-run"), work.resolve("no-articles"));
            long emptyHeap = memory.heapPeakBytes();
            long emptyRss = memory.rssPeakBytes();

            rows.add(Row.alone("extractor start-up: models, lexicons, rules and gazetteer loaded", startupNanos / 1e9, "s"));
            long readNanos = readAlone(corpus);
            long[] extract = extractAlone(corpus, facts, pool);
            if (settings.real() != null) {
                extractReal(settings.real(), pool);
            }
            List<Path> factsFiles = factsFiles(facts);
            quality(factsFiles, corpus.resolve("gold.jsonl"));

            List<QueryTimings.Tier> tiers = new ArrayList<>();
            long loadNanos = 0;
            for (int articles : tierSizes(factsFiles.size())) {
                Path folder = work.resolve("store-" + articles + "-articles");
                long started = System.nanoTime();
                bulkLoad(factsFiles.subList(0, articles), folder);
                loadNanos = System.nanoTime() - started;
                tiers.add(new QueryTimings.Tier(folder, quadCount(folder)));
            }
            QueryTimings.Tier loaded = tiers.get(tiers.size() - 1);
            rows.add(new Row("bulk load: facts files read, converted, checked and loaded into a fresh TDB2 store", loaded.quads() / (loadNanos / 1e9), "quads/s",
                    loaded.quads() / (jenaParallelLoad(loaded.folder(), work) / 1e9), "Jena parallel loader, the same quads as N-Quads, fresh folder"));

            memory.reset();
            long started = System.nanoTime();
            int articles = ingest(work.resolve("store-ingested"), corpus);
            long ingestNanos = System.nanoTime() - started;
            rows.add(new Row("ingest end to end: read, extract, load", articles / (ingestNanos / 1e9), "articles/s",
                    settings.articles() / ((readNanos + extract[0] + loadNanos) / 1e9), "sum of read, extract and load run alone"));
            rows.add(new Row("peak heap during the ingest", memory.heapPeakBytes() / MIB, "MiB", emptyHeap / MIB,
                    "an empty run (reference graph only)"));
            rows.add(new Row("peak RSS during the ingest" + (memory.rssWasReset() ? "" : " (process high-water mark)"),
                    memory.rssPeakBytes() / MIB, "MiB", emptyRss / MIB, "an empty run (reference graph only)"));

            reload(tiers, work.resolve("store-reference-only"), factsFiles.get(0));
            rows.addAll(new QueryTimings(settings.queries(), iris, settings.queryRuns(), corpusArguments(factsFiles.get(0))).measure(tiers));
            rows.add(new Row("disk: bytes per quad of the loaded store (file lengths; TDB2 grows its files in blocks, so small stores look large)",
                    diskBytes(loaded.folder()) / (double) loaded.quads(), "bytes/quad",
                    diskBytes(work.resolve("store-jena-parallel")) / (double) loaded.quads(), "the same quads by Jena's parallel loader"));
            compactIngested(work.resolve("store-ingested"), (articles + settings.batch() - 1) / settings.batch());
            return List.copyOf(rows);
        } finally {
            pool.shutdown();
        }
    }

    private long readAlone(Path corpus) {
        long started = System.nanoTime();
        int[] count = {0};
        ArticleFiles.read(List.of(corpus), ArticleMetadata.NONE, article -> count[0]++, skipped -> { });
        long nanos = System.nanoTime() - started;
        rows.add(Row.alone("read: articles and sidecars from files", count[0] / (nanos / 1e9), "articles/s"));
        return nanos;
    }

    /** Extraction timed per batch, the bare split and tokeniser timed on the same batch; the facts go to files untimed. */
    private long[] extractAlone(Path corpus, Path factsFolder, ForkJoinPool pool) {
        long[] totals = new long[4]; // extract nanos, baseline nanos, sentences, articles
        createFolder(factsFolder);
        ArticleFiles.readBatches(List.of(corpus), ArticleMetadata.NONE, settings.batch(), batch -> {
            long started = System.nanoTime();
            List<Facts> facts = inPool(pool, () -> batch.parallelStream().map(extractor::extract).toList());
            totals[0] += System.nanoTime() - started;
            started = System.nanoTime();
            inPool(pool, () -> batch.parallelStream().mapToInt(article -> nlp.splitAndTokenise(article.text())).sum());
            totals[1] += System.nanoTime() - started;
            totals[2] += batch.stream().mapToInt(article -> nlp.sentenceCount(article.text())).sum();
            totals[3] += batch.size();
            facts.forEach(one -> FactsJson.write(one, factsFolder.resolve(one.article().id() + ".json")));
        }, skipped -> { });
        String threads = " over " + settings.threads() + " threads";
        rows.add(new Row("extraction: sentences" + threads, totals[2] / (totals[0] / 1e9), "sentences/s",
                totals[2] / (totals[1] / 1e9), "OpenNLP sentence split + tokenise alone, same texts"));
        rows.add(new Row("extraction: articles" + threads, totals[3] / (totals[0] / 1e9), "articles/s",
                totals[3] / (totals[1] / 1e9), "OpenNLP sentence split + tokenise alone, same texts"));
        return totals;
    }

    /** Extraction of real articles, beside CoreNLP's tag and parse of every one of their sentences, both over the pool. */
    private void extractReal(Path folder, ForkJoinPool pool) {
        List<Article> articles = new ArrayList<>();
        ArticleFiles.read(List.of(folder), ArticleMetadata.NONE, articles::add, skipped -> { });
        inPool(pool, () -> articles.parallelStream().map(extractor::extract).toList()); // warm up
        long started = System.nanoTime();
        inPool(pool, () -> articles.parallelStream().map(extractor::extract).toList());
        long extractNanos = System.nanoTime() - started;
        started = System.nanoTime();
        inPool(pool, () -> articles.parallelStream().mapToInt(extractor::parseEverySentence).sum());
        long parseNanos = System.nanoTime() - started;
        int sentences = articles.stream().mapToInt(extractor::sentenceCount).sum();
        rows.add(new Row("extraction of " + articles.size() + " real articles: sentences over " + settings.threads() + " threads",
                sentences / (extractNanos / 1e9), "sentences/s", sentences / (parseNanos / 1e9),
                "CoreNLP tag + parse alone of every sentence, same texts"));
    }

    /** The facts files and the reference graph loaded as {@code entente load} does into a fresh store. */
    private void bulkLoad(List<Path> files, Path storeFolder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeFolder, iris)) {
            new FactsLoader(converter, shapes, store).load(files, new ReferenceConverter(iris).convert(reference));
        }
    }

    /** Stores of about a hundredth, a tenth and all of the corpus (fewer where the corpus is tiny). */
    static List<Integer> tierSizes(int articles) {
        return IntStream.of(articles / 100, articles / 10, articles)
                .filter(size -> size > 0).distinct().boxed().toList();
    }

    /** Extraction scored against the corpus's gold lines on its first 1,000 articles, so that speed is read beside quality. */
    private void quality(List<Path> factsFiles, Path gold) {
        Map<String, List<GoldLine>> lines = GoldFile.read(gold).stream().collect(Collectors.groupingBy(GoldLine::article));
        List<ArticleScore> scores = factsFiles.subList(0, Math.min(1000, factsFiles.size())).stream()
                .map(FactsJson::read)
                .map(facts -> GoldScorer.score(facts, lines.getOrDefault(facts.article().id(), List.of())))
                .toList();
        ArticleScore total = ArticleScore.total(scores);
        String on = String.format(" on the first %,d articles (%,d required gold lines)", scores.size(), total.requiredLines());
        rows.add(Row.alone("extraction quality: precision" + on, total.precision(), ""));
        rows.add(Row.alone("extraction quality: recall" + on, total.recall(), ""));
    }

    /** The loaded store's quads written as N-Quads (untimed), then loaded by Jena's parallel loader into a fresh folder (timed). */
    private long jenaParallelLoad(Path loaded, Path work) {
        Path nquads = work.resolve("loaded.nq");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(loaded, iris); OutputStream out = Files.newOutputStream(nquads)) {
            Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset().asDatasetGraph(), Lang.NQUADS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nquads, e);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(work.resolve("store-jena-parallel"), iris)) {
            DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (format, args) -> { });
            long started = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return System.nanoTime() - started;
        }
    }

    /** The ingest loop of {@code ingest}, a batch per load transaction, with the reference graph; the articles it read. */
    private int ingest(Path storeFolder, Path corpus) {
        createFolder(corpus);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeFolder, iris)) {
            ArticleIngest ingest = new ArticleIngest(extractor, new FactsLoader(converter, shapes, store), settings.threads(), settings.batch());
            return ingest.ingest(List.of(corpus), ArticleMetadata.NONE, new ReferenceConverter(iris).convert(reference),
                    skipped -> { }, totals -> { }).articles();
        }
    }

    /** One article's graph replaced in each loaded store, and loaded into a store holding only the reference graph. */
    private void reload(List<QueryTimings.Tier> tiers, Path empty, Path article) {
        List<FactsLoader.Sourced> one = List.of(new FactsLoader.Sourced(FactsJson.read(article), article.toString()));
        double inEmpty;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(empty, iris)) {
            FactsLoader loader = new FactsLoader(converter, shapes, store);
            loader.loadFacts(List.of(), new ReferenceConverter(iris).convert(reference));
            inEmpty = medianMillis(() -> loader.loadFacts(one, null));
        }
        for (QueryTimings.Tier tier : tiers) {
            try (Tdb2GraphStore store = Tdb2GraphStore.open(tier.folder(), iris)) {
                FactsLoader loader = new FactsLoader(converter, shapes, store);
                rows.add(new Row(String.format("incremental reload: one article replaced in a store of %,d quads, median of %d after as many warm-ups",
                        tier.quads(), settings.reloadRuns()), medianMillis(() -> loader.loadFacts(one, null)), "ms",
                        inEmpty, "the same into a store with only the reference graph"));
            }
        }
    }

    /** Arguments that name what the corpus holds: its first article and the first proposition of that article. */
    private Map<String, String> corpusArguments(Path firstFacts) {
        Facts facts = FactsJson.read(firstFacts);
        Map<String, String> arguments = new HashMap<>();
        arguments.put("article", "article/" + facts.article().id());
        facts.propositions().stream().findFirst().ifPresent(proposition -> arguments.put("proposition", "proposition/" + proposition.id()));
        return arguments;
    }

    /** The median of {@code reloadRuns} timed runs after as many untimed ones (the JIT and the store's caches warm up). */
    private double medianMillis(Runnable action) {
        for (int i = 0; i < settings.reloadRuns(); i++) {
            action.run();
        }
        double[] millis = new double[settings.reloadRuns()];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return QueryTimings.percentile(millis, 50);
    }

    private long quadCount(Path storeFolder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeFolder, iris)) {
            return store.quadCount();
        }
    }

    private long diskBytes(Path storeFolder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeFolder, iris)) {
            return store.diskBytes();
        }
    }

    /** The store the ingest wrote a transaction per batch, compacted as {@code ingest} does: its bytes per quad before and after, and the time. */
    private void compactIngested(Path storeFolder, int transactions) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeFolder, iris)) {
            long quads = store.quadCount();
            long before = store.diskBytes();
            long started = System.nanoTime();
            store.compact();
            long nanos = System.nanoTime() - started;
            rows.add(new Row(String.format("disk: bytes per quad of the ingested store (%,d transactions), compacted as ingest does", transactions),
                    store.diskBytes() / (double) quads, "bytes/quad", before / (double) quads, "the same store before compaction"));
            rows.add(Row.alone("compaction of the ingested store", quads / (nanos / 1e9), "quads/s"));
        }
    }

    private static List<Path> factsFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static <T> T inPool(ForkJoinPool pool, Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark stage failed: " + e.getCause(), e.getCause());
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
