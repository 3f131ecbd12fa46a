package org.entente.cli;

import org.entente.extract.FactsExtractor;
import org.entente.ingest.ArticleIngest;
import org.entente.store.GraphStore;
import org.entente.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code entente ingest DIR|FILE...}: reads raw articles, extracts their facts in parallel over
 * the cores, and loads them with the reference graph, a batch of articles per transaction, showing
 * progress and ending with a summary of what was loaded and what was skipped and why.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read raw articles, extract their facts in parallel, and load them into the store in batches, with the reference graph.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Articles (.txt, .html, .jsonl) or folders of them.")
    List<Path> inputs;

    @Option(names = "--threads", defaultValue = "0", description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--batch", defaultValue = "500", description = "Articles per load transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-compact",
            description = "Leave the embedded store as written. By default, after more than one batch, it is compacted: TDB2 keeps every page a transaction replaced until then.")
    boolean noCompact;

    @Mixin
    ArticleOptions articleOptions;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FactsExtractor extractor = FactsExtractor.load(dictionaryOptions.withDictionaries(referenceOptions.data()));
        SkippedInputs skipped = new SkippedInputs(err);
        Progress progress = new Progress(err, System.console() != null);
        try (GraphStore store = storeOptions.open()) {
            ArticleIngest ingest = new ArticleIngest(extractor, storeOptions.loader(store), threads, batchSize);
            ArticleIngest.Totals totals = ingest.ingest(inputs, articleOptions.defaults(),
                    referenceOptions.graph(storeOptions.iris()), skipped, progress::show);
            progress.done();
            if (!noCompact && totals.batches() > 1 && store instanceof Tdb2GraphStore embedded) {
                long before = embedded.diskBytes();
                embedded.compact();
                err.printf("compacted the store: %,d MiB of files before, %,d MiB after%n", before >> 20, embedded.diskBytes() >> 20);
            }
            out.printf("ingested %d articles (%d statements) into %s: %d quads%s%n", totals.articles(),
                    totals.statements(), store.location(), store.quadCount(), skipped.summary());
            skipped.list(out);
        }
        out.flush();
        return skipped.exitCode();
    }

    /** Articles and statements loaded so far, shown on one line that is rewritten on a console and printed per batch otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean console;
        private final long started = System.nanoTime();

        Progress(PrintWriter err, boolean console) {
            this.err = err;
            this.console = console;
        }

        void show(ArticleIngest.Totals totals) {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            String line = String.format("ingested %,d articles, %,d statements (%.0f articles/s)", totals.articles(),
                    totals.statements(), totals.articles() / seconds);
            err.print(console ? "\r" + line : line + System.lineSeparator());
            err.flush();
        }

        void done() {
            if (console) {
                err.println();
            }
        }
    }
}
