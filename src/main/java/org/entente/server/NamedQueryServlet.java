package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.facts.BadInputException;
import org.entente.query.NamedQuery;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Namespaces;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/query/{name}?param=value...}: runs a named query with the request's parameters
 * (bound by {@link QueryRunner}, never pasted into the text) and answers SPARQL JSON results, or
 * CSV as a download for {@code /api/query/{name}.csv}. A bad parameter gets 400 and an unknown
 * query 404, each with {@code {"error": "..."}}.
 */
final class NamedQueryServlet extends HttpServlet {

    private final transient DatasetGraph dataset;
    private final transient QueryLibrary library;
    private final transient QueryRunner runner;
    private final transient IriScheme iris;

    NamedQueryServlet(DatasetGraph dataset, QueryLibrary library, IriScheme iris) {
        this.dataset = dataset;
        this.library = library;
        this.runner = new QueryRunner(iris);
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        boolean csv = path.endsWith(".csv");
        String name = csv ? path.substring(0, path.length() - ".csv".length()) : path;
        if (library.all().stream().noneMatch(query -> query.name().equals(name))) {
            JsonAnswer.error(response, HttpServletResponse.SC_NOT_FOUND, "no query named \"" + name + "\"");
            return;
        }
        NamedQuery query = library.get(name);
        ResultSetRewindable rows;
        try (RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(dataset))) {
            rows = runner.select(connection, query, arguments(request));
        } catch (BadInputException e) {
            JsonAnswer.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType("text/csv;charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ResultFormat.CSV.write(rows, response.getOutputStream(), Namespaces.with(iris));
        } else {
            response.setContentType("application/sparql-results+json;charset=utf-8");
            ResultFormat.JSON.write(rows, response.getOutputStream(), Namespaces.with(iris));
        }
    }

    /** The request's parameters, an empty value counting as not given. */
    private static Map<String, String> arguments(HttpServletRequest request) {
        Map<String, String> arguments = new TreeMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (values.length > 0 && !values[0].isBlank()) {
                arguments.put(key, values[0].strip());
            }
        });
        return arguments;
    }
}
