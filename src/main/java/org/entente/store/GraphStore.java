package org.entente.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.entente.rdf.NamedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Where article graphs live: each article's graph is replaced as a whole, then positions are re-derived. */
public interface GraphStore extends AutoCloseable {

    /** Replaces the graph of every article in {@code batch}, then the positions those graphs (old and new) bear on. */
    void replace(List<NamedGraph> batch);

    /**
     * Replaces, as one batch, the graphs that {@code producer} hands to the sink it is given. If the
     * producer throws, the store is left as it was. By default the graphs are held until the producer
     * returns and then {@linkplain #replace replaced}; a store may take them as they come.
     */
    default void replaceAll(Consumer<Consumer<NamedGraph>> producer) {
        List<NamedGraph> batch = new ArrayList<>();
        producer.accept(batch::add);
        replace(batch);
    }

    /**
     * Replaces the graph {@code name} with the triples of the models that {@code producer} hands to
     * the sink it is given, one part at a time, as one batch: if the producer throws, the store is
     * left as it was. By default the parts are gathered into one model and {@linkplain #replace
     * replaced}; a store may write them as they come, so that a graph larger than memory streams
     * through. The graph must take no stance on a proposition (its positions are not re-derived).
     */
    default void replaceGraph(String name, Consumer<Consumer<Model>> producer) {
        Model whole = ModelFactory.createDefaultModel();
        producer.accept(whole::add);
        replace(List.of(new NamedGraph(name, whole)));
    }

    /** Quads in all named graphs, counted in a read transaction. */
    default long quadCount() {
        try (RDFConnection connection = connect()) {
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution count = connection.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")) {
                    return count.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    /** A connection for queries; the caller closes it and runs queries in a read transaction ({@code Txn.calculateRead}). */
    RDFConnection connect();

    /** Where the store is, for messages. */
    String location();

    @Override
    void close();
}
