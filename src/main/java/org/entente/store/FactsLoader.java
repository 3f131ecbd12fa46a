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

/**
 * Loads facts files into a store as one batch: every file is read, converted and checked against
 * the shapes first; if any of them is refused, nothing is written and every refusal is reported.
 */
public final class FactsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(FactsLoader.class);

    private final FactsConverter converter;
    private final ShapesCheck shapes;
    private final GraphStore store;

    public FactsLoader(FactsConverter converter, ShapesCheck shapes, GraphStore store) {
        this.converter = converter;
        this.shapes = shapes;
        this.store = store;
    }

    /** What a load did. */
    public record Report(int articles, int statements, long quadsBefore, long quadsAfter) {
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
        List<Sourced> facts = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Path file : files) {
            try {
                facts.add(new Sourced(FactsJson.read(file), file.toString()));
            } catch (BadInputException e) {
                refusals.add(e.getMessage());
            }
        }
        return loadChecked(facts, reference, refusals, files.size());
    }

    /** Facts from somewhere a message can name (a file, or the article an extraction read). */
    public record Sourced(Facts facts, String source) {
    }

    /** Loads facts already in memory (extracted ones) as one batch, with the same checks as files. */
    public Report loadFacts(List<Sourced> facts, NamedGraph reference) {
        return loadChecked(facts, reference, new ArrayList<>(), facts.size());
    }

    private Report loadChecked(List<Sourced> batch, NamedGraph reference, List<String> refusals, int inputs) {
        List<NamedGraph> graphs = new ArrayList<>();
        Map<String, String> articleSources = new HashMap<>();
        int statements = 0;
        for (Sourced sourced : batch) {
            try {
                Facts facts = sourced.facts();
                String earlier = articleSources.putIfAbsent(facts.article().id(), sourced.source());
                if (earlier != null) {
                    throw new BadInputException(sourced.source() + ": article \"" + facts.article().id() + "\" is also in " + earlier);
                }
                NamedGraph graph = converter.convert(facts);
                shapes.requireConforms(graph);
                graphs.add(graph);
                statements += facts.statements().size();
            } catch (BadInputException e) {
                refusals.add(e.getMessage());
            }
        }
        if (reference != null) {
            try {
                shapes.requireConforms(reference);
                graphs.add(reference);
            } catch (BadInputException e) {
                refusals.add(e.getMessage());
            }
        }
        if (!refusals.isEmpty()) {
            int given = inputs + (reference == null ? 0 : 1);
            throw new BadInputException("nothing was loaded; " + refusals.size() + " of " + given
                    + " inputs refused:\n" + String.join("\n", refusals));
        }
        long before = store.quadCount();
        long started = System.nanoTime();
        store.replace(graphs);
        long after = store.quadCount();
        int articles = graphs.size() - (reference == null ? 0 : 1);
        LOG.info("loaded {} articles ({} statements){} into {} in {} ms: {} quads before, {} after",
                articles, statements, reference == null ? "" : " and the reference graph", store.location(), (System.nanoTime() - started) / 1_000_000, before, after);
        return new Report(articles, statements, before, after);
    }
}
