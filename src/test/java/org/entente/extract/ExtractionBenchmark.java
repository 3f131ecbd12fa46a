package org.entente.extract;

import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.reference.ReferenceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extraction speed over all cores: the sample articles extracted again and again (each thread takes
 * the next article in turn, at least 10,000 articles a run), against the bare cost of OpenNLP's
 * sentence split and tokeniser on the same texts in the same run. Prints articles/s and sentences/s
 * of both and their ratio. Run with {@code mvn -B -q test-compile exec:exec@bench}.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Threads(Threads.MAX)
@Fork(1)
public class ExtractionBenchmark {

    EnglishNlp nlp;
    FactsExtractor extractor;
    List<Article> articles;
    final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        nlp = EnglishNlp.load();
        extractor = FactsExtractor.load(ReferenceReader.read(Path.of("data/reference")));
        articles = ArticleFiles.readAll(List.of(Path.of("data/articles")), ArticleMetadata.NONE, skipped -> { });
    }

    @Benchmark
    public int extract() {
        return extractor.extract(articles.get(Math.floorMod(next.getAndIncrement(), articles.size()))).statements().size();
    }

    @Benchmark
    public int splitAndTokenise() {
        return nlp.splitAndTokenise(articles.get(Math.floorMod(next.getAndIncrement(), articles.size())).text());
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getName()).build()).run();
        Map<String, Double> perSecond = new HashMap<>();
        results.forEach(r -> perSecond.put(r.getParams().getBenchmark().replaceFirst(".*\\.", ""), r.getPrimaryResult().getScore()));
        ExtractionBenchmark counts = new ExtractionBenchmark();
        counts.setUp();
        double sentencesPerArticle = counts.articles.stream()
                .mapToInt(a -> counts.nlp.sentenceCount(a.text())).average().orElse(0);
        double extract = perSecond.get("extract");
        double baseline = perSecond.get("splitAndTokenise");
        System.out.printf(Locale.ROOT, "%nExtraction of the sample articles on %d threads (%.1f sentences per article):%n",
                Runtime.getRuntime().availableProcessors(), sentencesPerArticle);
        System.out.printf(Locale.ROOT, "  extraction                 %10.1f articles/s %10.0f sentences/s%n", extract, extract * sentencesPerArticle);
        System.out.printf(Locale.ROOT, "  OpenNLP split + tokenise   %10.1f articles/s %10.0f sentences/s%n", baseline, baseline * sentencesPerArticle);
        System.out.printf(Locale.ROOT, "  ratio                      %10.1fx slower than the baseline%n", baseline / extract);
    }
}
