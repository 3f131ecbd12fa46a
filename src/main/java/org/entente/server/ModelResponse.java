package org.entente.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers a request with RDF in the form its {@code Accept} header asks for, or with 406 and the
 * list of forms on offer. JSON-LD points at the published {@link JsonLdContext}.
 */
final class ModelResponse {

    private final PrefixMapping prefixes;
    private final JsonLdContext context;

    ModelResponse(PrefixMapping prefixes) {
        this.prefixes = prefixes;
        this.context = new JsonLdContext(prefixes);
    }

    JsonLdContext context() {
        return context;
    }

    /** The representation to answer with; empty (and a 406 already sent) when none of {@code offers} is acceptable. */
    static Optional<Representation> negotiate(HttpServletRequest request, HttpServletResponse response,
                                              List<Representation> offers) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Representation> chosen = Representation.negotiate(request.getHeader("Accept"), offers);
        if (chosen.isEmpty()) {
            sendError(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + request.getHeader("Accept")
                    + "; this resource is available as " + offers.stream().map(Representation::mediaType).collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    /** Sends {@code model} in an RDF {@code representation}. */
    void send(HttpServletRequest request, HttpServletResponse response, Model model, Representation representation) throws IOException {
        String body = representation == Representation.JSON_LD
                ? context.compact(model, ServerUrl.of(request).resolve(JsonLdContext.PATH))
                : RDFWriter.source(ModelFactory.createDefaultModel().add(model).setNsPrefixes(prefixes))
                        .format(representation.format()).asString();
        sendText(response, representation.mediaType(), body);
    }

    /** An error with its reason as plain text, whatever the client accepts. */
    static void sendError(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain", message + "\n");
    }

    static void sendText(HttpServletResponse response, String mediaType, String body) throws IOException {
        send(response, HttpServletResponse.SC_OK, mediaType, body);
    }

    private static void send(HttpServletResponse response, int status, String mediaType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
