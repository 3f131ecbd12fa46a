package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A GET on a query endpoint without a {@code query} parameter answers the endpoint's SPARQL 1.1
 * Service Description ({@code service-description.rq}); Fuseki alone would answer 400. Every
 * other request passes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {

    private final ServerQueries queries;
    private final ModelResponse responses;

    ServiceDescriptionFilter(ServerQueries queries, ModelResponse responses) {
        this.queries = queries;
        this.responses = responses;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean describe = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("query") == null;
        if (!describe) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Representation> representation = ModelResponse.negotiate(request, response, Representation.rdf());
        if (representation.isPresent()) {
            ServerUrl server = ServerUrl.of(request);
            Map<String, RDFNode> parameters = Map.of(
                    "endpoint", ResourceFactory.createResource(server.resolve(request.getRequestURI().substring(request.getContextPath().length()))),
                    "void", ResourceFactory.createResource(server.resolve(VoidServlet.PATH)));
            responses.send(request, response, queries.construct(ServerQueries.SERVICE_DESCRIPTION, parameters), representation.get());
        }
    }
}
