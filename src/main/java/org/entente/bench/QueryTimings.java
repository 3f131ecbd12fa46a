package org.entente.bench;

import org.apache.jena.rdfconnection.RDFConnection;
import org.entente.query.NamedQuery;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryParameter;
import org.entente.query.QueryRunner;
import org.entente.rdf.IriScheme;
import org.entente.store.Tdb2GraphStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * p50 and p99 of every named SELECT query on stores of growing size, each beside the same query on
 * the smallest store (the growth ratio). Queries run with their default arguments, except that an
 * {@code article} or {@code proposition} parameter with a default gets one the corpus holds (the
 * samples' defaults are not in a generated corpus, and a query on nothing measures nothing); an
 * optional one stays unset, as a user leaving it out would.
 */
final class QueryTimings {

    /** A loaded store and what it holds. */
    record Tier(Path folder, long quads) {
    }

    private final QueryLibrary library;
    private final QueryRunner runner;
    private final IriScheme iris;
    private final int runs;
    private final Map<String, String> corpusArguments;

    QueryTimings(Path queries, IriScheme iris, int runs, Map<String, String> corpusArguments) {
        this.library = QueryLibrary.fromFolder(queries);
        this.runner = new QueryRunner(iris);
        this.iris = iris;
        this.runs = runs;
        this.corpusArguments = corpusArguments;
    }

    List<Row> measure(List<Tier> tiers) {
        List<Row> rows = new ArrayList<>();
        for (NamedQuery query : library.all()) {
            if (!query.query().isSelectType()) {
                continue;
            }
            Map<String, String> arguments = arguments(query);
            double[][] millis = tiers.stream().map(tier -> latencies(tier, query, arguments)).toArray(double[][]::new);
            String given = arguments.isEmpty() ? "" : " " + arguments;
            for (int p : new int[] {50, 99}) {
                double smallest = percentile(millis[0], p);
                for (int t = 0; t < tiers.size(); t++) {
                    String what = String.format("query %s%s, p%d, store of %,d quads", query.name(), given, p, tiers.get(t).quads());
                    rows.add(t == 0 ? Row.alone(what, smallest, "ms")
                            : new Row(what, percentile(millis[t], p), "ms", smallest,
                            String.format("the same on the store of %,d quads (growth)", tiers.get(0).quads())));
                }
            }
        }
        return rows;
    }

    private Map<String, String> arguments(NamedQuery query) {
        Map<String, String> arguments = new HashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            String value = corpusArguments.get(parameter.name());
            if (value != null && parameter.type() == QueryParameter.Type.ENTITY && parameter.defaultValue() != null) {
                arguments.put(parameter.name(), value);
            }
        }
        return arguments;
    }

    private double[] latencies(Tier tier, NamedQuery query, Map<String, String> arguments) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(tier.folder(), iris); RDFConnection connection = store.connect()) {
            runner.select(connection, query, arguments); // warm-up
            double[] millis = new double[runs];
            for (int i = 0; i < millis.length; i++) {
                long started = System.nanoTime();
                runner.select(connection, query, arguments);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            return millis;
        }
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
