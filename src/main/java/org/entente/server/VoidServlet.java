package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.entente.rdf.IriScheme;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /.well-known/void}: the VoID description of the dataset (counts, classes, named
 * graphs, the linksets to Wikidata, the SPARQL endpoint, license and publisher), from {@code void.rq}.
 */
final class VoidServlet extends HttpServlet {

    static final String PATH = "/.well-known/void";

    private final transient ServerQueries queries;
    private final transient IriScheme iris;
    private final transient ModelResponse responses;

    VoidServlet(ServerQueries queries, IriScheme iris, ModelResponse responses) {
        this.queries = queries;
        this.iris = iris;
        this.responses = responses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> representation = ModelResponse.negotiate(request, response, Representation.rdf());
        if (representation.isPresent()) {
            ServerUrl server = ServerUrl.of(request);
            Map<String, RDFNode> parameters = Map.of(
                    "document", ResourceFactory.createResource(server.resolve(PATH)),
                    "sparql", ResourceFactory.createResource(server.resolve(EntenteServer.DATASET + "/sparql")),
                    "uriSpace", ResourceFactory.createStringLiteral(iris.base()));
            responses.send(request, response, queries.construct(ServerQueries.VOID, parameters), representation.get());
        }
    }
}
