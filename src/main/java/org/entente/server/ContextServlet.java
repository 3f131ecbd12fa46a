package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /context.jsonld}: the JSON-LD context that Entente's JSON-LD answers refer to. */
final class ContextServlet extends HttpServlet {

    private final transient JsonLdContext context;

    ContextServlet(JsonLdContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=86400");
        ModelResponse.sendText(response, JsonLdContext.MEDIA_TYPE, context.document());
    }
}
