package org.entente.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.entente.rdf.NamedGraph;

import java.util.List;

/** Where article graphs live: each article's graph is replaced as a whole, then positions are re-derived. */
public interface GraphStore extends AutoCloseable {

    /** Replaces the graph of every article in {@code batch}, then the positions those graphs (old and new) bear on. */
    void replace(List<NamedGraph> batch);

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
