package org.entente.cli;

import org.entente.bench.BenchReport;
import org.entente.bench.BenchRun;
import org.entente.bench.BenchSettings;
import org.entente.bench.Machine;
import org.entente.bench.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code entente bench --articles N}: generates a corpus and measures every stage on it beside a
 * baseline from the same run, writing {@code report.md} and {@code report.json}. Small sizes make
 * a smoke run for CI; the full run is the same command with bigger numbers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction, bulk load, ingest, incremental reload, named queries, memory and disk on a generated corpus, each beside a baseline from the same run; writes report.md and report.json.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to generate and measure (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--real", paramLabel = "DIR", description = "Real articles (with their sidecars) on which to time extraction too, beside CoreNLP's parse of every sentence.")
    Path real;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "Articles per load transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "0", description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "100", description = "Timed runs of each named query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--reload-runs", paramLabel = "N", defaultValue = "10", description = "Timed reloads of one article (default: ${DEFAULT-VALUE}).")
    int reloadRuns;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The named queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench/work", description = "Where the run's corpus and stores go, in a new folder deleted afterwards (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--keep-work", description = "Keep the run's corpus and stores.")
    boolean keepWork;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "target/bench", description = "Where report.md and report.json go (default: ${DEFAULT-VALUE}).")
    Path report;

    @Mixin
    ReferenceOptions referenceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(work);
        Path run = Files.createTempDirectory(work, "run-");
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BenchSettings settings = new BenchSettings(articles, seed, batch, cores, queryRuns, reloadRuns, run, queries, real);
        try {
            List<Row> rows = new BenchRun(settings, referenceOptions.data()).run();
            BenchReport result = new BenchReport(command(), Machine.current(), settings, rows);
            result.write(report);
            spec.commandLine().getOut().print(result.markdown());
            spec.commandLine().getOut().printf("%nwrote %s and %s%n", report.resolve("report.md"), report.resolve("report.json"));
            spec.commandLine().getOut().flush();
        } finally {
            if (!keepWork) {
                delete(run);
            }
        }
        return ErrorReporter.OK;
    }

    /** The JVM's options and this command's arguments, as run. */
    private String command() {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return "java " + String.join(" ", jvm) + " entente " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
