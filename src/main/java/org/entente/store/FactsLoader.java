package org.entente.store;

import org.entente.facts.BadInputException;
import org.entente.facts.Facts;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.ShapesCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads facts into a store as one batch: every input is read, converted and checked against the
 * shapes; if any of them is refused, nothing is written and every refusal is reported. Inputs are
 * read, converted and checked a slice at a time on all cores and handed to the store as they pass
 * ({@link GraphStore#replaceAll}), so a large load need not fit in memory where the store can stream.
 */
public final class FactsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(FactsLoader.class);
    private static final int SLICE = 256;

    private final FactsConverter converter;
    private final ShapesCheck shapes;
    private final GraphStore store;

    public FactsLoader(FactsConverter converter, ShapesCheck shapes, GraphStore store) {
        this.converter = converter;
        this.shapes = shapes;
        this.store = store;
    }

    /** What a load did. */
    public record Report(int articles, int statements) {
    }

    /** Loads the facts files among {@code inputs} (files, or folders whose {@code *.json} files are read). */
    public Report load(List<Path> inputs) {
        return load(inputs, null);
    }

    /**
     * Loads the facts files among {@code inputs} and, in the same batch, replaces the reference graph
     * with {@code reference} (skipped where null). The reference graph is checked against the shapes too.
     * With no inputs, the reference graph alone is replaced.
     */
    public Report load(List<Path> inputs, NamedGraph reference) {
        List<Path> files = inputs.isEmpty() && reference != null ? List.of() : FactsFiles.expand(inputs);
        return loadChecked(files, file -> new Sourced(FactsJson.read(file), file.toString()), reference);
    }

    /** Facts from somewhere a message can name (a file, or the article an extraction read). */
    public record Sourced(Facts facts, String source) {
    }

    /** Loads facts already in memory (extracted ones) as one batch, with the same checks as files. */
    public Report loadFacts(List<Sourced> facts, NamedGraph reference) {
        return loadChecked(facts, Function.identity(), reference);
    }

    private <T> Report loadChecked(List<T> inputs, Function<T, Sourced> read, NamedGraph reference) {
        long started = System.nanoTime();
        Batch batch = new Batch(inputs.size() + (reference == null ? 0 : 1));
        store.replaceAll(sink -> {
            for (int from = 0; from < inputs.size(); from += SLICE) {
                inputs.subList(from, Math.min(inputs.size(), from + SLICE)).parallelStream()
                        .map(input -> check(input, read))
                        .toList()
                        .forEach(checked -> batch.admit(checked, sink));
            }
            if (reference != null) {
                batch.admit(checkReference(reference), sink);
            }
            batch.requireNoRefusals();
        });
        LOG.info("loaded {} articles ({} statements){} into {} in {} ms", batch.articles, batch.statements,
                reference == null ? "" : " and the reference graph", store.location(), (System.nanoTime() - started) / 1_000_000);
        return new Report(batch.articles, batch.statements);
    }

    /** One input read, converted and checked, or the reason it was refused. */
    private record Checked(String article, String source, NamedGraph graph, int statements, String refusal) {
        static Checked refused(String refusal) {
            return new Checked(null, null, null, 0, refusal);
        }
    }

    private <T> Checked check(T input, Function<T, Sourced> read) {
        try {
            Sourced sourced = read.apply(input);
            Facts facts = sourced.facts();
            NamedGraph graph = converter.convert(facts);
            shapes.requireConforms(graph);
            return new Checked(facts.article().id(), sourced.source(), graph, facts.statements().size(), null);
        } catch (BadInputException e) {
            return Checked.refused(e.getMessage());
        }
    }

    private Checked checkReference(NamedGraph reference) {
        try {
            shapes.requireConforms(reference);
            return new Checked(null, null, reference, 0, null);
        } catch (BadInputException e) {
            return Checked.refused(e.getMessage());
        }
    }

    /** The inputs of one load as they are checked: what passed goes to the store until the first refusal. */
    private static final class Batch {
        private final int inputs;
        private final Map<String, String> articleSources = new HashMap<>();
        private final List<String> refusals = new ArrayList<>();
        int articles;
        int statements;

        Batch(int inputs) {
            this.inputs = inputs;
        }

        void admit(Checked checked, Consumer<NamedGraph> sink) {
            String refusal = checked.refusal();
            if (refusal == null && checked.article() != null) {
                String earlier = articleSources.putIfAbsent(checked.article(), checked.source());
                if (earlier != null) {
                    refusal = checked.source() + ": article \"" + checked.article() + "\" is also in " + earlier;
                }
            }
            if (refusal != null) {
                refusals.add(refusal);
            } else if (refusals.isEmpty()) {
                sink.accept(checked.graph());
                articles += checked.article() == null ? 0 : 1;
                statements += checked.statements();
            }
        }

        void requireNoRefusals() {
            if (!refusals.isEmpty()) {
                throw new BadInputException("nothing was loaded; " + refusals.size() + " of " + inputs
                        + " inputs refused:\n" + String.join("\n", refusals));
            }
        }
    }
}
