package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET|POST /api/labels?iri=...&iri=...}: a readable name for each IRI the store names
 * (its label, an article's title, a statement's sentence), so that a page shows names instead of
 * IRIs. Each IRI is bound into {@code label.rq} by substitution; IRIs without a name are left out.
 */
final class LabelServlet extends HttpServlet {

    static final int MAX_IRIS = 2000;
    private static final Query LABEL = ServerQueries.load("label.rq");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Dataset dataset;

    LabelServlet(DatasetGraph dataset) {
        this.dataset = DatasetFactory.wrap(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] values = request.getParameterValues("iri");
        Set<String> iris = new LinkedHashSet<>(values == null ? List.of() : List.of(values));
        if (iris.size() > MAX_IRIS) {
            JsonAnswer.error(response, HttpServletResponse.SC_BAD_REQUEST, "at most " + MAX_IRIS + " IRIs at once");
            return;
        }
        ObjectNode labels = JSON.createObjectNode();
        Txn.executeRead(dataset, () -> iris.stream().filter(LabelServlet::isIri).forEach(iri -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(LABEL)
                    .substitution("iri", ResourceFactory.createResource(iri)).build()) {
                ResultSet rows = execution.execSelect();
                if (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    labels.put(iri, row.getLiteral("label").getLexicalForm());
                }
            }
        }));
        JsonAnswer.send(response, HttpServletResponse.SC_OK, labels);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static boolean isIri(String text) {
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
