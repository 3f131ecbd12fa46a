package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.entente.rdf.IriScheme;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /id/{key}}: the entity {@code {base}{key}} (e.g. {@code /id/state/RUS}), described
 * by {@code describe-entity.rq} and answered in the form the client accepts: HTML for a browser,
 * Turtle, JSON-LD, N-Triples or RDF/XML for RDF clients. 404 for an IRI the data does not mention,
 * 406 for a form not on offer.
 */
final class LinkedDataServlet extends HttpServlet {

    static final String PATH = "/id/";

    private final transient ServerQueries queries;
    private final transient IriScheme iris;
    private final transient ModelResponse responses;
    private final transient EntityPage page;

    LinkedDataServlet(ServerQueries queries, IriScheme iris, ModelResponse responses, EntityPage page) {
        this.queries = queries;
        this.iris = iris;
        this.responses = responses;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        Optional<Representation> representation = ModelResponse.negotiate(request, response, List.of(Representation.values()));
        if (representation.isEmpty()) {
            return;
        }
        String iri = iris.base() + key;
        Model description = key.isEmpty() ? null
                : queries.construct(ServerQueries.DESCRIBE_ENTITY, Map.of("entity", ResourceFactory.createResource(iri)));
        if (description == null || description.isEmpty()) {
            ModelResponse.sendError(response, HttpServletResponse.SC_NOT_FOUND, "Entente knows nothing about <" + iri + ">");
            return;
        }
        if (representation.get() == Representation.HTML) {
            ModelResponse.sendText(response, Representation.HTML.mediaType(), page.render(iri, description));
        } else {
            responses.send(request, response, description, representation.get());
        }
    }
}
