package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.query.NamedQuery;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryParameter;
import org.entente.rdf.IriScheme;

import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /api/queries}: the named queries as JSON, each with its title, description and
 * parameters (an entity parameter with the kinds it takes), and the base of entity IRIs (so that a page can link an IRI to its {@code /id/} page).
 */
final class QueryListServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient QueryLibrary library;
    private final transient IriScheme iris;

    QueryListServlet(QueryLibrary library, IriScheme iris) {
        this.library = library;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("base", iris.base());
        ArrayNode queries = answer.putArray("queries");
        for (NamedQuery query : library.all()) {
            ObjectNode described = queries.addObject().put("name", query.name()).put("title", query.title())
                    .put("description", query.description());
            ArrayNode parameters = described.putArray("parameters");
            for (QueryParameter parameter : query.parameters()) {
                ObjectNode entry = parameters.addObject().put("name", parameter.name())
                        .put("type", parameter.type().name().toLowerCase(Locale.ROOT));
                if (parameter.type() == QueryParameter.Type.ENTITY) {
                    ArrayNode kinds = entry.putArray("kinds");
                    parameter.allowedKinds().forEach(kind -> kinds.add(kind.prefix()));
                }
                entry.put("required", parameter.required())
                        .put("default", parameter.defaultValue())
                        .put("description", parameter.description());
            }
        }
        JsonAnswer.send(response, HttpServletResponse.SC_OK, answer);
    }
}
