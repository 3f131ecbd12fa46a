package org.entente.cli;

import org.entente.store.FactsLoader;
import org.entente.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entente load FILE|DIR...}: loads facts as one batch, replacing each article's graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load facts files (or folders of them) and the reference tables into the store as one batch. Loading an article again replaces its graph, and the reference graph is replaced each time; if any input is refused, nothing is loaded.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Facts files or folders (none, with --reference DIR: the reference tables alone).")
    List<Path> inputs = List.of();

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && (referenceOptions.skip || referenceOptions.folder == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to load: give facts files or folders, or --reference DIR to load the reference tables alone");
        }
        try (GraphStore store = storeOptions.open()) {
            long before = store.quadCount();
            FactsLoader.Report report = storeOptions.loader(store).load(inputs, referenceOptions.graph(storeOptions.iris()));
            spec.commandLine().getOut().printf("loaded %d articles (%d statements) into %s: %d quads before, %d after%n",
                    report.articles(), report.statements(), store.location(), before, store.quadCount());
        }
        return ErrorReporter.OK;
    }
}
