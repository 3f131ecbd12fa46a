package org.entente.cli;

import org.entente.events.ActorCodes;
import org.entente.events.EventCodes;
import org.entente.events.EventReader;
import org.entente.events.GdeltReader;
import org.entente.events.IcewsReader;
import org.entente.events.PloverReader;
import org.entente.facts.BadInputException;
import org.entente.rdf.ActScheme;
import org.entente.rdf.EventCodesConverter;
import org.entente.rdf.EventConverter;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.ShapesCheck;
import org.entente.store.EventImporter;
import org.entente.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code entente import gdelt|icews|plover FILE|DIR...}: imports event data, one named graph per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import event data (GDELT, ICEWS, PLOVER) into the store: each event a statement, each file one named graph that importing the file again replaces.",
        subcommands = {ImportCommand.Gdelt.class, ImportCommand.Icews.class, ImportCommand.Plover.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a dataset is needed: gdelt, icews or plover");
    }

    @Command(name = "gdelt", mixinStandardHelpOptions = true,
            description = "GDELT 2.0 event exports (YYYYMMDDHHMMSS.export.CSV, or the .zip holding it) and GDELT 1.0 daily files (57 or 58 columns).")
    static final class Gdelt extends DatasetImport {
        @Override
        EventReader reader(EventCodes codes, ActorCodes actors) {
            return new GdeltReader(codes, actors);
        }
    }

    @Command(name = "icews", mixinStandardHelpOptions = true,
            description = "ICEWS Coded Event Data files (.tab or .tsv, a header row, 20 columns).")
    static final class Icews extends DatasetImport {
        @Override
        EventReader reader(EventCodes codes, ActorCodes actors) {
            return new IcewsReader(codes, actors);
        }
    }

    @Command(name = "plover", mixinStandardHelpOptions = true,
            description = "PLOVER or POLECAT JSON records (.json: an array or one record a line; .jsonl).")
    static final class Plover extends DatasetImport {
        @Override
        EventReader reader(EventCodes codes, ActorCodes actors) {
            return new PloverReader(codes, actors);
        }
    }

    /** What every dataset's import does; the subclass names the reader. */
    abstract static class DatasetImport implements Callable<Integer> {

        private static final long PROGRESS_EVERY = 50_000;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Event files, or folders whose files of this dataset are imported.")
        List<Path> inputs;

        @Option(names = "--strict", description = "Refuse a file with any bad row (wrong field count, bad date, unknown code): nothing of it is imported, and the import stops.")
        boolean strict;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        ReferenceOptions referenceOptions;

        @Spec
        CommandSpec spec;

        abstract EventReader reader(EventCodes codes, ActorCodes actors);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            EventCodes codes = EventCodes.load();
            EventReader reader = reader(codes, ActorCodes.load(referenceOptions.data()));
            List<Path> files = expand(reader);
            try (GraphStore store = storeOptions.open()) {
                long before = store.quadCount();
                NamedGraph reference = referenceOptions.graph(storeOptions.iris());
                if (reference != null) {
                    storeOptions.loader(store).load(List.of(), reference);
                }
                ActScheme acts = ActScheme.load();
                EventImporter importer = new EventImporter(new EventConverter(storeOptions.iris(), acts), ShapesCheck.load(), store);
                importer.loadCodes(new EventCodesConverter(storeOptions.iris(), acts).convert(codes));
                long events = 0;
                long badRows = 0;
                for (Path file : files) {
                    EventImporter.Report report = importer.importFile(file, reader, strict, progress(err, reader, file));
                    events += report.events();
                    badRows += report.badRows();
                    print(out, reader, report);
                }
                out.printf("imported %,d events (%,d bad rows skipped) from %d files into %s: %d quads before, %d after%n",
                        events, badRows, files.size(), store.location(), before, store.quadCount());
                return badRows == 0 ? ErrorReporter.OK : ErrorReporter.BAD_INPUT;
            }
        }

        private static java.util.function.LongConsumer progress(PrintWriter err, EventReader reader, Path file) {
            long started = System.nanoTime();
            long[] next = {PROGRESS_EVERY};
            return events -> {
                if (events >= next[0]) {
                    next[0] += PROGRESS_EVERY;
                    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                    err.printf("%s %s: %,d events (%,.0f events/s)%n", reader.dataset().key(), file.getFileName(), events, events / seconds);
                    err.flush();
                }
            };
        }

        private static void print(PrintWriter out, EventReader reader, EventImporter.Report report) {
            out.printf("%s %s: %,d events into <%s>, %,d bad rows%n", reader.dataset().key(), report.file(),
                    report.events(), report.graph(), report.badRows());
            report.firstBadRows().forEach(problem -> out.println("  bad row: " + problem));
            if (report.badRows() > report.firstBadRows().size()) {
                out.printf("  ... and %,d more bad rows%n", report.badRows() - report.firstBadRows().size());
            }
        }

        /** The files given, and the dataset's files in the folders given, in name order. */
        private List<Path> expand(EventReader reader) {
            List<Path> files = new ArrayList<>();
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    try (Stream<Path> listed = Files.list(input)) {
                        listed.filter(Files::isRegularFile).filter(reader::accepts).sorted().forEach(files::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + input, e);
                    }
                } else if (Files.isRegularFile(input)) {
                    files.add(input);
                } else {
                    throw new BadInputException(input + " does not exist");
                }
            }
            return files;
        }
    }
}
