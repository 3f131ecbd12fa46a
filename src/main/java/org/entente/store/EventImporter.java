package org.entente.store;

import org.apache.jena.rdf.model.Model;
import org.entente.events.CodedEvent;
import org.entente.events.EventReader;
import org.entente.events.EventSink;
import org.entente.events.RowProblem;
import org.entente.facts.BadInputException;
import org.entente.rdf.EventConverter;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.ShapesCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Imports an event file into a store as one named graph, replacing the graph an earlier import of
 * the same file left: the same file imported twice changes nothing, a corrected file replaces its
 * events. The file streams through in parts of {@value #PART} events, each converted and checked
 * against the shapes before it is written. Rows that cannot be read are counted and the first
 * {@value #SHOWN} kept with their file, line and field; strict, any such row refuses the file and
 * the store is left as it was.
 */
public final class EventImporter {

    private static final Logger LOG = LoggerFactory.getLogger(EventImporter.class);
    static final int PART = 1_000;
    static final int SHOWN = 10;

    private final EventConverter converter;
    private final ShapesCheck shapes;
    private final GraphStore store;

    public EventImporter(EventConverter converter, ShapesCheck shapes, GraphStore store) {
        this.converter = converter;
        this.shapes = shapes;
        this.store = store;
    }

    /** What one file's import did: its events, its bad rows (how many, and the first ones). */
    public record Report(Path file, String graph, long events, long badRows, List<RowProblem> firstBadRows) {
    }

    /** Imports {@code file} with {@code reader}, telling {@code progress} the events read after each part. */
    public Report importFile(Path file, EventReader reader, boolean strict, LongConsumer progress) {
        long started = System.nanoTime();
        String graph = converter.graphName(reader.dataset(), file);
        Parts parts = new Parts(file, graph, reader, progress);
        store.replaceGraph(graph, sink -> {
            parts.sink = sink;
            try {
                reader.read(file, parts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            parts.flush();
            if (strict && parts.badRows > 0) {
                throw new BadInputException(file + ": refused (--strict), nothing imported; " + parts.badRows
                        + " bad rows, the first:\n" + String.join("\n", parts.shown.stream().map(RowProblem::toString).toList()));
            }
        });
        LOG.info("imported {} events of {} into {} ({} bad rows) in {} ms", parts.events, file, graph, parts.badRows,
                (System.nanoTime() - started) / 1_000_000);
        return new Report(file, graph, parts.events, parts.badRows, List.copyOf(parts.shown));
    }

    /** Loads the graph of the CAMEO codes and PLOVER types, replacing the one there. */
    public void loadCodes(NamedGraph codes) {
        shapes.requireConforms(codes);
        store.replaceGraph(codes.name(), sink -> sink.accept(codes.model()));
    }

    /** The events of a file gathered into parts, each converted, checked and handed to the store. */
    private final class Parts implements EventSink {
        private final Path file;
        private final String graph;
        private final EventReader reader;
        private final LongConsumer progress;
        private final List<RowProblem> shown = new ArrayList<>();
        private Consumer<Model> sink;
        private Model part;
        private int inPart;
        long events;
        long badRows;

        Parts(Path file, String graph, EventReader reader, LongConsumer progress) {
            this.file = file;
            this.graph = graph;
            this.reader = reader;
            this.progress = progress;
            this.part = newPart();
        }

        private Model newPart() {
            Model model = converter.newModel();
            converter.addFile(model, reader.dataset(), file);
            return model;
        }

        @Override
        public void event(CodedEvent event) {
            converter.add(part, event);
            events++;
            if (++inPart == PART) {
                flush();
            }
        }

        @Override
        public void problem(RowProblem problem) {
            badRows++;
            if (shown.size() < SHOWN) {
                shown.add(problem);
            }
        }

        void flush() {
            shapes.requireConforms(new NamedGraph(graph, part));
            sink.accept(part);
            progress.accept(events);
            part = newPart();
            inPart = 0;
        }
    }
}
