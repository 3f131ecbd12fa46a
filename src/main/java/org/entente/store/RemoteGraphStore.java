package org.entente.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.IriScheme;
import org.entente.rdf.PositionDeriver;

import java.util.List;

/**
 * Any SPARQL 1.1 store: graphs are replaced with Graph Store Protocol PUTs at {@code endpoint},
 * queries go to {@code sparql} (the same URL by default, as on Fuseki). Each PUT is atomic on its
 * own; a batch is not, so the loader checks every graph of a batch before the first PUT.
 */
public final class RemoteGraphStore implements GraphStore {

    private final String endpoint;
    private final String sparql;
    private final IriScheme iris;

    public RemoteGraphStore(String endpoint, String sparql, IriScheme iris) {
        this.endpoint = endpoint;
        this.sparql = sparql == null ? endpoint : sparql;
        this.iris = iris;
    }

    @Override
    public void replace(List<NamedGraph> batch) {
        try (RDFConnection connection = connect()) {
            batch.forEach(graph -> connection.put(graph.name(), graph.model()));
            try (QueryExecution evidence = connection.query(PositionDeriver.evidenceQuery())) {
                connection.put(iris.positionsGraph(), new PositionDeriver(iris).derive(evidence.execSelect()));
            }
        }
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(sparql)
                .gspEndpoint(endpoint)
                .build();
    }

    @Override
    public String location() {
        return endpoint;
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
