package org.entente.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.entente.facts.BadInputException;
import org.entente.rdf.IriScheme;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs named queries with their parameters bound by substitution into the parsed query (never by
 * editing its text), over any connection: the embedded store or a remote endpoint.
 */
public final class QueryRunner {

    /** The name of the parameter that caps the rows of a query. */
    public static final String LIMIT = "limit";

    /** Variables every named query may use for the graph of the reference tables and the graph of derived positions. */
    public static final String REFERENCE_GRAPH = "referenceGraph";
    public static final String POSITIONS_GRAPH = "positionsGraph";

    private final IriScheme iris;

    public QueryRunner(IriScheme iris) {
        this.iris = iris;
    }

    /** Runs a SELECT named query in a read transaction and returns its rows, ready to be read more than once. */
    public ResultSetRewindable select(RDFConnection connection, NamedQuery query, Map<String, String> arguments) {
        return Txn.calculateRead(connection, () -> {
            Map<String, RDFNode> bindings = bind(query, arguments, new EntityResolver(connection, iris));
            Query limited = limited(query.query(), bindings);
            QueryExecutionBuilder builder = connection.newQuery().query(limited);
            bindings.forEach(builder::substitution);
            try (QueryExecution execution = builder.build()) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        });
    }

    /**
     * The query with its parameters substituted, for running it elsewhere (a federation, another
     * server): the same substitution {@link #select} applies, except that, with no store to look
     * in, an entity is taken as its key or IRI, not found by its name.
     */
    public Query bound(NamedQuery query, Map<String, String> arguments) {
        Map<String, RDFNode> bindings = bind(query, arguments, null);
        return QueryTransformOps.queryReplaceVars(limited(query.query(), bindings), bindings);
    }

    /**
     * A parameter named {@code limit} caps the rows (0: every row; less is refused by {@link #bind}) rather than binding a
     * variable; it is taken out of {@code bindings}. It caps the query and each sub-select that
     * orders its rows: that is where a named query picks the rows it shows before it looks up
     * their details, so that the details are read for those rows only.
     */
    private static Query limited(Query query, Map<String, RDFNode> bindings) {
        RDFNode limit = bindings.remove(LIMIT);
        if (limit == null) {
            return query;
        }
        long rows = limit.asLiteral().getLong();
        long cap = rows > 0 ? rows : Query.NOLIMIT;
        Query limited = query.cloneQuery(); // sub-selects included, so they can be capped here
        limited.setLimit(cap);
        ElementWalker.walk(limited.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subSelect) {
                if (subSelect.getQuery().hasOrderBy()) {
                    subSelect.getQuery().setLimit(cap);
                }
            }
        });
        return limited;
    }

    /** Parses free SPARQL, with the parser's message on error. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new BadInputException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The terms of the arguments, and of the defaults of the parameters not given. A given entity is
     * found by {@code entities} (if not null); a default, written by the query's author, is taken as
     * its key.
     */
    Map<String, RDFNode> bind(NamedQuery query, Map<String, String> arguments, EntityResolver entities) {
        Set<String> unknown = new TreeSet<>(arguments.keySet());
        query.parameters().forEach(parameter -> unknown.remove(parameter.name()));
        if (!unknown.isEmpty()) {
            throw new BadInputException("query " + query.name() + " has no parameter " + String.join(", ", unknown)
                    + "; its parameters: " + query.parameters().stream().map(QueryParameter::name).toList());
        }
        Map<String, RDFNode> bindings = new HashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            String given = arguments.get(parameter.name());
            if (given != null && parameter.type() == QueryParameter.Type.ENTITY && entities != null) {
                bindings.put(parameter.name(), QueryParameter.iri(entities.resolve(parameter, given)));
            } else if (given != null || parameter.defaultValue() != null) {
                bindings.put(parameter.name(), parameter.toNode(given != null ? given : parameter.defaultValue(), iris));
            } else if (parameter.required()) {
                throw new BadInputException("query " + query.name() + " needs --param " + parameter.name() + "=...");
            }
        }
        RDFNode limit = bindings.get(LIMIT);
        if (limit != null && limit.isLiteral() && limit.asLiteral().getLong() < 0) {
            throw new BadInputException("parameter " + LIMIT + ": " + limit.asLiteral().getLexicalForm()
                    + " is not a number of rows; give 0 (every row) or more");
        }
        bindings.put(REFERENCE_GRAPH, ResourceFactory.createResource(iris.referenceGraph()));
        bindings.put(POSITIONS_GRAPH, ResourceFactory.createResource(iris.positionsGraph()));
        return bindings;
    }
}
