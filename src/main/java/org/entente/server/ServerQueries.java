package org.entente.server;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.query.ClasspathQuery;

import java.util.Map;

/**
 * The server's own SPARQL, kept as files beside this class: the description of an entity, the VoID
 * description and the service description. Each is a CONSTRUCT run in a read transaction with its
 * parameters substituted into the parsed query.
 */
final class ServerQueries {

    static final Query DESCRIBE_ENTITY = load("describe-entity.rq");
    static final Query VOID = load("void.rq");
    static final Query SERVICE_DESCRIPTION = load("service-description.rq");

    private final Dataset dataset;

    ServerQueries(DatasetGraph dataset) {
        this.dataset = DatasetFactory.wrap(dataset);
    }

    /** Runs a CONSTRUCT query with {@code parameters} (variable name to value) bound. */
    Model construct(Query query, Map<String, RDFNode> parameters) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecutionBuilder builder = QueryExecution.dataset(dataset).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExecution execution = builder.build()) {
                return execution.execConstruct();
            }
        });
    }

    static Query load(String name) {
        return ClasspathQuery.load(ServerQueries.class, name);
    }
}
