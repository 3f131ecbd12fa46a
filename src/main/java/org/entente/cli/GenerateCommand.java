package org.entente.cli;

import org.entente.generate.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code entente generate --articles N --seed S --out DIR}: a synthetic corpus with its gold lines, for benchmarks and evaluation. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N realistic generated articles ({id}.txt with a sidecar {id}.json) and their gold lines (gold.jsonl); the same seed gives the same corpus.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created if missing).")
    Path out;

    @Mixin
    ReferenceOptions referenceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusWriter.Summary summary = new CorpusWriter(referenceOptions.data()).write(articles, seed, out);
        spec.commandLine().getOut().printf("generated %d articles (%,d bytes of text) and %d gold lines in %s%n",
                summary.articles(), summary.bytes(), summary.goldLines(), out.resolve("gold.jsonl"));
        return ErrorReporter.OK;
    }
}
