package org.entente.federate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.rdf4j.common.exception.RDF4JException;
import org.eclipse.rdf4j.federated.FedXConfig;
import org.eclipse.rdf4j.federated.FedXFactory;
import org.eclipse.rdf4j.federated.repository.FedXRepository;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.entente.facts.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A federation of SPARQL endpoints, queried as one with RDF4J FedX. FedX sends each triple
 * pattern only to the endpoints that have matches for it (asking them first) and joins the
 * partial answers itself; every endpoint is read through its default graph, so stores with named
 * graphs must serve their union there (Entente's server does). Answers are Jena results.
 */
public final class Federation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Federation.class);

    private final List<String> endpoints;
    private final FedXRepository repository;

    private Federation(List<String> endpoints, FedXRepository repository) {
        this.endpoints = endpoints;
        this.repository = repository;
    }

    /** A federation of the SPARQL endpoints at {@code urls} (http or https); a query stops after {@code timeout}. */
    public static Federation of(List<String> urls, Duration timeout) {
        if (urls.isEmpty()) {
            throw new BadInputException("a federation needs at least one --endpoint");
        }
        urls.forEach(Federation::requireHttpUrl);
        FedXRepository repository = FedXFactory.newFederation()
                .withSparqlEndpoints(urls)
                .withConfig(new FedXConfig().withEnforceMaxQueryTime((int) Math.max(1, timeout.toSeconds())))
                .create();
        repository.init();
        return new Federation(List.copyOf(urls), repository);
    }

    /** The rows of a SELECT query. */
    public ResultSetRewindable select(Query query) {
        return run(query, connection -> {
            try (TupleQueryResult result = connection.prepareTupleQuery(QueryLanguage.SPARQL, query.serialize()).evaluate()) {
                List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
                List<Binding> rows = new ArrayList<>();
                for (BindingSet solution : result) {
                    BindingBuilder row = Binding.builder();
                    solution.forEach(binding -> row.add(Var.alloc(binding.getName()), JenaTerms.node(binding.getValue())));
                    rows.add(row.build());
                }
                return ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
            }
        });
    }

    /** The answer of an ASK query. */
    public boolean ask(Query query) {
        return run(query, connection -> connection.prepareBooleanQuery(QueryLanguage.SPARQL, query.serialize()).evaluate());
    }

    /** The graph of a CONSTRUCT or DESCRIBE query. */
    public Model graph(Query query) {
        return run(query, connection -> {
            Graph graph = ModelFactory.createDefaultModel().getGraph();
            try (GraphQueryResult result = connection.prepareGraphQuery(QueryLanguage.SPARQL, query.serialize()).evaluate()) {
                result.forEach(statement -> graph.add(JenaTerms.triple(statement)));
            }
            return ModelFactory.createModelForGraph(graph);
        });
    }

    private <T> T run(Query query, Function<RepositoryConnection, T> work) {
        long started = System.nanoTime();
        try (RepositoryConnection connection = repository.getConnection()) {
            T answer = work.apply(connection);
            LOG.info("answered across {} endpoints in {} ms", endpoints.size(), (System.nanoTime() - started) / 1_000_000);
            return answer;
        } catch (RDF4JException e) {
            throw new BadInputException("the federated query failed across " + String.join(", ", endpoints) + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + " (" + message + ")";
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BadInputException("--endpoint " + url + ": not an http(s) URL of a SPARQL endpoint");
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--endpoint " + url + ": not a URL: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
